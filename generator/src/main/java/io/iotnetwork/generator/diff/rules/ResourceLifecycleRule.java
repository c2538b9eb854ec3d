package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/**
 * A resource the template no longer holds (an incremental deployment leaves it in Azure, no longer
 * managed: its settings drift unseen), or one it newly creates.
 */
public final class ResourceLifecycleRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isPresent()) {
      return Optional.empty();
    }
    return resource.kind() == ResourceChange.Kind.DELETE
        ? Changes.verdict(RiskClass.DESTRUCTIVE, "resource-no-longer-managed", resource.label()
            + " is no longer in the template: an incremental deployment leaves it in Azure, unmanaged")
        : Changes.verdict(RiskClass.BENIGN, "resource-created", resource.label() + " is created");
  }
}
