package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** A private endpoint or its DNS zone group is removed (private reachability goes) or added. */
public final class PrivateEndpointRule implements RiskRule {
  private static final List<String> TYPES = List.of("Microsoft.Network/privateEndpoints",
      "Microsoft.Network/privateEndpoints/privateDnsZoneGroups");

  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isPresent() || TYPES.stream().noneMatch(resource::isA)) {
      return Optional.empty();
    }
    if (resource.kind() == ResourceChange.Kind.DELETE) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "private-endpoint-removed", resource.label()
          + " is no longer in the template: clients that reached the hub privately lose that path or its DNS records,"
          + " and fall back to whatever public access allows");
    }
    return Changes.verdict(RiskClass.CLOSES_ACCESS, "private-endpoint-added", resource.label() + " is added: a private path");
  }
}
