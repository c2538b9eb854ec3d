package io.iotnetwork.model;

/** How an egress target's firewall admits traffic. */
public enum FirewallMode {
  /**
   * Selected networks only, deny by default, with the "trusted Microsoft services" exception so
   * the hub's system-assigned identity gets through. The default.
   */
  TRUSTED_SERVICES_ONLY,
  /** Every network: no firewall restriction. */
  ALL_NETWORKS
}
