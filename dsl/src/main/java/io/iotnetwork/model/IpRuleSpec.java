package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * One allow rule of the IP filter, {@code networkRuleSets.ipRules[]} (action is always
 * {@code Allow}: the only action that list accepts).
 *
 * @param filterName {@code filterName}: unique, case-insensitively
 * @param ipMask     {@code ipMask}: an IPv4 address or CIDR range, as the user wrote it
 * @param source     where the rule was declared
 */
public record IpRuleSpec(String filterName, String ipMask, SourceLocation source) {
  public IpRuleSpec {
    requireNonNull(filterName);
    requireNonNull(ipMask);
    requireNonNull(source);
  }
}
