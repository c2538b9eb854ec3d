package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** {@code publicNetworkAccess} of a hub or a target is enabled (or no longer stated), or disabled. */
public final class PublicNetworkAccessRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isEmpty() || !property.get().endsWith("properties", "publicNetworkAccess")) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    if (Changes.became(change, "Disabled")) {
      return Changes.verdict(RiskClass.CLOSES_ACCESS, "public-network-access-disabled",
          "public network access of " + resource.label() + " is disabled");
    }
    return Changes.verdict(RiskClass.OPENS_ACCESS, "public-network-access-enabled", "public network access of "
        + resource.label() + (change.after().isEmpty() ? " is no longer stated (was " + Changes.shown(change.before())
            + "), so Azure's default applies" : " goes from " + Changes.shown(change.before()) + " to "
            + Changes.shown(change.after())) + ": the public endpoint accepts connections its IP rules allow");
  }
}
