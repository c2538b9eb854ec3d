package io.iotnetwork.dsl;

import io.iotnetwork.model.FirewallMode;

/**
 * The firewall modes of an egress target, for {@code withFirewall(..)}, by the DSL's name: the
 * model's {@link FirewallMode} values, so a definition needs no import from {@code io.iotnetwork.model}.
 */
public final class Firewall {
  /**
   * Selected networks only, deny by default, with the "trusted Microsoft services" exception so the hub's
   * system-assigned identity gets through. The default.
   */
  public static final FirewallMode TRUSTED_SERVICES_ONLY = FirewallMode.TRUSTED_SERVICES_ONLY;
  /** Every network: no firewall restriction. */
  public static final FirewallMode ALL_NETWORKS = FirewallMode.ALL_NETWORKS;

  private Firewall() {}
}
