package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** The hub's fallback route is disabled or no longer stated (without it the fallback route is off: azure-facts §1). */
public final class FallbackRouteRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (!resource.isA(Changes.HUB) || property.isEmpty() || !property.get().startsWith("properties", "routing", "fallbackRoute")) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    boolean removed = change.segments().size() <= 3 && change.kind() == PropertyChange.Kind.REMOVED;
    boolean disabled = change.endsWith("fallbackRoute", "isEnabled") && Changes.turnedOff(change);
    if (!removed && !disabled) {
      return Optional.empty();
    }
    return Changes.verdict(RiskClass.DESTRUCTIVE, "fallback-route-disabled", "the fallback route of " + resource.label()
        + (removed ? " is no longer stated, so the hub's full PUT disables it" : " is disabled")
        + ": messages that match no route are dropped instead of reaching the built-in endpoint");
  }
}
