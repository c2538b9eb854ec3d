package io.iotnetwork.generator.diff.rules;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/**
 * An allow rule of a firewall (the hub's {@code networkRuleSets.ipRules} and classic
 * {@code ipFilterRules}, storage {@code networkAcls.ipRules}, namespace rule sets' {@code ipRules})
 * is added, widened or narrowed (CIDR containment), or removed. A removed rule of a hub is state
 * its full PUT removes; of a target, a narrower firewall.
 */
public final class IpRuleRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isEmpty()) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    if (!inRuleList(change) || change.endsWith("ipRules") || change.endsWith("ipFilterRules")) {
      return wholeLists(resource, change);
    }
    boolean wholeRule = change.segments().get(change.segments().size() - 1).startsWith("[");
    if (wholeRule && change.kind() == PropertyChange.Kind.ADDED) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "ip-rule-added", resource.label() + " lets in "
          + mask(change.after().orElseThrow()) + " (" + change.path() + ")");
    }
    if (wholeRule && change.kind() == PropertyChange.Kind.REMOVED) {
      return resource.isA(Changes.HUB)
          ? Changes.verdict(RiskClass.DESTRUCTIVE, "hub-ip-rule-removed", "the full PUT of " + resource.label()
              + " removes the IP rule " + mask(change.before().orElseThrow()) + " (" + change.path() + ")")
          : Changes.verdict(RiskClass.CLOSES_ACCESS, "ip-rule-removed", resource.label() + " no longer lets in "
              + mask(change.before().orElseThrow()));
    }
    if (change.kind() == PropertyChange.Kind.CHANGED && (change.endsWith("ipMask") || change.endsWith("value"))) {
      return widenedOrNarrowed(resource, change);
    }
    return Optional.empty();
  }

  /** A subtree added or removed whole (a new IP filter, a firewall left out) that holds rules. */
  private static Optional<Classification> wholeLists(ResourceChange resource, PropertyChange change) {
    if (change.kind() == PropertyChange.Kind.CHANGED) {
      return Optional.empty();
    }
    boolean added = change.kind() == PropertyChange.Kind.ADDED;
    com.fasterxml.jackson.databind.JsonNode value = added ? change.after().orElseThrow() : change.before().orElseThrow();
    List<com.fasterxml.jackson.databind.JsonNode> rules = new java.util.ArrayList<>(Changes.itemsOf(change, value, "ipRules"));
    rules.addAll(Changes.itemsOf(change, value, "ipFilterRules"));
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    String masks = String.join(", ", rules.stream().map(IpRuleRule::mask).toList());
    if (added) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "ip-rule-added", resource.label() + " lets in " + masks
          + " (" + change.path() + ")");
    }
    return resource.isA(Changes.HUB)
        ? Changes.verdict(RiskClass.DESTRUCTIVE, "hub-ip-rule-removed", "the full PUT of " + resource.label()
            + " removes the IP rules " + masks + " (" + change.path() + ")")
        : Changes.verdict(RiskClass.CLOSES_ACCESS, "ip-rule-removed", resource.label() + " no longer lets in " + masks);
  }

  private static Optional<Classification> widenedOrNarrowed(ResourceChange resource, PropertyChange change) {
    Optional<IPAddress> before = block(change.beforeText());
    Optional<IPAddress> after = block(change.afterText());
    String what = change.path() + " of " + resource.label() + " goes from " + change.beforeText() + " to " + change.afterText();
    if (before.isPresent() && after.isPresent() && before.get().contains(after.get())) {
      return Changes.verdict(RiskClass.CLOSES_ACCESS, "ip-rule-narrowed", what + ", inside the range it allowed");
    }
    return Changes.verdict(RiskClass.OPENS_ACCESS, "ip-rule-widened", what
        + (before.isPresent() && after.isPresent() && after.get().contains(before.get())
            ? ", a wider range" : ": addresses it did not allow are let in"));
  }

  private static boolean inRuleList(PropertyChange change) {
    return change.segments().stream().anyMatch(segment -> segment.equalsIgnoreCase("ipRules")
        || segment.equalsIgnoreCase("ipFilterRules"));
  }

  private static String mask(com.fasterxml.jackson.databind.JsonNode rule) {
    String mask = rule.path("ipMask").asText(rule.path("value").asText(rule.asText()));
    return "'" + mask + "'";
  }

  private static Optional<IPAddress> block(String text) {
    IPAddress address = new IPAddressString(text.strip()).getAddress();
    return Optional.ofNullable(address).map(found -> found.isPrefixed() ? found.toPrefixBlock() : found);
  }
}
