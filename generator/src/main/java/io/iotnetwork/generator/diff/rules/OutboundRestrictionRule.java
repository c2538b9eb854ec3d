package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** The hub's outbound restriction is lifted or set, or an FQDN is added to (removed from) what it may reach. */
public final class OutboundRestrictionRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (!resource.isA(Changes.HUB) || property.isEmpty()) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    if (change.endsWith("properties", "restrictOutboundNetworkAccess")) {
      if (Changes.turnedOff(change)) {
        return Changes.verdict(RiskClass.OPENS_ACCESS, "outbound-restriction-lifted", resource.label()
            + " may send to any endpoint again (restrictOutboundNetworkAccess goes off)");
      }
      return Changes.turnedOn(change)
          ? Changes.verdict(RiskClass.CLOSES_ACCESS, "outbound-restriction-set", resource.label()
              + " may send only to the FQDNs in allowedFqdnList")
          : Optional.empty();
    }
    if (change.endsWith("properties", "allowedFqdnList") && change.kind() != PropertyChange.Kind.CHANGED) {
      boolean added = change.kind() == PropertyChange.Kind.ADDED;
      String names = (added ? change.after() : change.before()).map(Object::toString).orElse("[]");
      return added
          ? Changes.verdict(RiskClass.OPENS_ACCESS, "outbound-fqdn-added", resource.label() + " may now send to " + names)
          : Changes.verdict(RiskClass.CLOSES_ACCESS, "outbound-fqdn-removed", resource.label() + " may no longer send to " + names);
    }
    if (change.startsWith("properties", "allowedFqdnList") && change.segments().size() == 3) {
      return change.kind() == PropertyChange.Kind.ADDED
          ? Changes.verdict(RiskClass.OPENS_ACCESS, "outbound-fqdn-added", resource.label() + " may now send to "
              + Changes.shown(change.after()))
          : Changes.verdict(RiskClass.CLOSES_ACCESS, "outbound-fqdn-removed", resource.label() + " may no longer send to "
              + Changes.shown(change.before()));
    }
    return Optional.empty();
  }
}
