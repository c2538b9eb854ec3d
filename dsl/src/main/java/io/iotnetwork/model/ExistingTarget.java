package io.iotnetwork.model;

import java.util.Optional;

/**
 * A target that exists already. It is named either by its full resource id (any resource group or
 * subscription of the tenant), or by resource group and name (then it lies in the deployment's
 * subscription; the name is the target's).
 *
 * @param resourceId     the full resource id, when given that way
 * @param resourceGroup  the resource group, when named by group and name
 */
public record ExistingTarget(Optional<String> resourceId, Optional<String> resourceGroup) implements TargetOrigin {
  public ExistingTarget {
    ResourceNaming.requireIdOrGroup(resourceId, resourceGroup);
  }

  /** A target named by its full resource id. */
  public ExistingTarget(String resourceId) {
    this(Optional.of(resourceId), Optional.empty());
  }

  /** The resource group: as given, or from the resource id; empty when the id does not parse. */
  public Optional<String> group() {
    return resourceGroup.or(() -> resourceId.flatMap(AzureResourceId::parse).map(AzureResourceId::resourceGroup));
  }
}
