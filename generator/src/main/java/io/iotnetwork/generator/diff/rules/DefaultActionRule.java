package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** A firewall's {@code defaultAction} (hub IP filter, storage network ACLs, namespace rule sets) becomes Allow, or Deny. */
public final class DefaultActionRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isEmpty() || !property.get().endsWith("defaultAction")) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    if (Changes.became(change, "Allow")) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "default-action-allow", change.path() + " of " + resource.label()
          + " goes from " + Changes.shown(change.before()) + " to 'Allow': every address the rules do not name is let in");
    }
    if (Changes.became(change, "Deny")) {
      return Changes.verdict(RiskClass.CLOSES_ACCESS, "default-action-deny", change.path() + " of " + resource.label()
          + " becomes 'Deny'");
    }
    return Optional.empty();
  }
}
