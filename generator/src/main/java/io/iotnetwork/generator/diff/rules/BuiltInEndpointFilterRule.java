package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** The hub's IP filter stops (or starts) applying to its built-in Event Hubs-compatible endpoint. */
public final class BuiltInEndpointFilterRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isEmpty() || !property.get().endsWith("networkRuleSets", "applyToBuiltInEventHubEndpoint")) {
      return Optional.empty();
    }
    if (Changes.turnedOff(property.get())) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "built-in-endpoint-filter-off", "the IP filter of " + resource.label()
          + " no longer applies to its built-in Event Hubs-compatible endpoint");
    }
    return Changes.turnedOn(property.get())
        ? Changes.verdict(RiskClass.CLOSES_ACCESS, "built-in-endpoint-filter-on", "the IP filter of " + resource.label()
            + " now also applies to its built-in Event Hubs-compatible endpoint")
        : Optional.empty();
  }
}
