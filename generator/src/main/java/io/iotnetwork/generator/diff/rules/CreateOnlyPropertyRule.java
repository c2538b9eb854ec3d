package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.arm.ArmPropertyFacts;
import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** A property Azure fixes at creation (azure-facts §11's create-only table) changes: the deployment fails or needs a new resource. */
public final class CreateOnlyPropertyRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    return property.flatMap(change -> ArmPropertyFacts.find(ArmPropertyFacts.Kind.CREATE_ONLY, resource.type(), change.segments())
        .flatMap(fact -> Changes.verdict(RiskClass.IMMUTABLE, "create-only-property", change.path() + " goes from "
            + Changes.shown(change.before()) + " to " + Changes.shown(change.after()) + ", but it cannot change once "
            + resource.label() + " exists (" + fact.source() + "): the deployment fails, or the resource must be replaced")));
  }
}
