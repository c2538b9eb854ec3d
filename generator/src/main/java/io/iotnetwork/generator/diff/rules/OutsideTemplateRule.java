package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/**
 * Against Azure's live state only, and asked before every other rule: a resource the export holds
 * and the template does not (a private endpoint made in the portal, another team's storage account)
 * is left as it is by an incremental deployment, so it is benign, whatever its type.
 */
public final class OutsideTemplateRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isPresent() || resource.kind() != ResourceChange.Kind.DELETE) {
      return Optional.empty();
    }
    return Changes.verdict(RiskClass.BENIGN, "resource-outside-template", resource.label()
        + " is in Azure and not in the template: an incremental deployment leaves it as it is");
  }
}
