package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.BaselineKind;
import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/**
 * A resource the template no longer holds (an incremental deployment leaves it in Azure, no longer
 * managed: its settings drift unseen), or one it newly creates. Against Azure's live state, a
 * resource the export holds and the template never did is left as it is by an incremental
 * deployment, and is benign.
 */
public final class ResourceLifecycleRule implements RiskRule {
  private final BaselineKind baseline;

  /** A rule that reads a resource only the baseline holds as a baseline of {@code baseline} tells. */
  public ResourceLifecycleRule(BaselineKind baseline) {
    this.baseline = baseline;
  }

  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isPresent()) {
      return Optional.empty();
    }
    if (resource.kind() == ResourceChange.Kind.DELETE && baseline == BaselineKind.LIVE_STATE) {
      return Changes.verdict(RiskClass.BENIGN, "resource-outside-template", resource.label()
          + " is in Azure and not in the template: an incremental deployment leaves it as it is");
    }
    return resource.kind() == ResourceChange.Kind.DELETE
        ? Changes.verdict(RiskClass.DESTRUCTIVE, "resource-no-longer-managed", resource.label()
            + " is no longer in the template: an incremental deployment leaves it in Azure, unmanaged")
        : Changes.verdict(RiskClass.BENIGN, "resource-created", resource.label() + " is created");
  }
}
