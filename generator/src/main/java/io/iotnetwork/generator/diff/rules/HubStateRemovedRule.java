package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/**
 * A hub property or list item the baseline holds and the proposed template leaves out: a hub's PUT
 * replaces the whole resource, so it is removed (routes, endpoints, enrichments, IP rules, ...),
 * or falls back to Azure's default (azure-facts §11).
 */
public final class HubStateRemovedRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (!resource.isA(Changes.HUB) || property.isEmpty() || property.get().kind() != PropertyChange.Kind.REMOVED) {
      return Optional.empty();
    }
    return Changes.verdict(RiskClass.DESTRUCTIVE, "hub-state-removed", "the full PUT of " + resource.label() + " removes "
        + property.get().path() + " (was " + Changes.shown(property.get().before()) + "), or resets it to Azure's default");
  }
}
