package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An egress target's firewall.
 *
 * @param mode     restricted to trusted services (and {@code ipRules}), or open to all networks
 * @param ipRules  IPv4 addresses or CIDR ranges also allowed, e.g. an operations network
 */
public record TargetFirewallSpec(FirewallMode mode, List<String> ipRules) {

  public TargetFirewallSpec {
    requireNonNull(mode);
    ipRules = List.copyOf(ipRules);
  }

  /** True when the firewall denies by default and admits trusted Microsoft services. */
  public boolean restricted() {
    return mode == FirewallMode.TRUSTED_SERVICES_ONLY;
  }
}
