package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.DefaultAction;
import java.util.List;

/**
 * The hub's IP filter in its current form, {@code properties.networkRuleSets}. The classic
 * {@code ipFilterRules} are never written.
 *
 * @param defaultAction                    {@code defaultAction}: what happens to addresses no rule allows
 * @param applyToBuiltInEventHubEndpoint   {@code applyToBuiltInEventHubEndpoint}
 * @param rules                            {@code ipRules}, each allowing an address or range
 * @param source                           where the filter was declared
 */
public record IpFilterSpec(
    DefaultAction defaultAction,
    boolean applyToBuiltInEventHubEndpoint,
    List<IpRuleSpec> rules,
    SourceLocation source) {

  public IpFilterSpec {
    requireNonNull(defaultAction);
    rules = List.copyOf(rules);
    requireNonNull(source);
  }

  /** True when addresses that no rule allows are denied. */
  public boolean deniesByDefault() {
    return DefaultAction.DENY.equals(defaultAction);
  }
}
