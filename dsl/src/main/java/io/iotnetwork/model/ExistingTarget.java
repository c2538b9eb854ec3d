package io.iotnetwork.model;

import java.util.Optional;

/**
 * A target that exists already. It is named either by its full resource id (any resource group or
 * subscription of the tenant), or by resource group and name (then it lies in the deployment's
 * subscription; the name is the target's).
 *
 * @param resourceId     the full resource id, when given that way
 * @param resourceGroup  the resource group, when named by group and name
 * @param grantsExist    true when the hub's identity already holds the roles it needs on the target's
 *                       entities (an adopted hub's portal-made assignments): the template writes no role
 *                       assignment for them, since ARM refuses a second one ({@code RoleAssignmentExists})
 */
public record ExistingTarget(Optional<String> resourceId, Optional<String> resourceGroup, boolean grantsExist)
    implements TargetOrigin {
  public ExistingTarget {
    ResourceNaming.requireIdOrGroup(resourceId, resourceGroup);
  }

  /** A target named by its full resource id, whose role assignments the template writes. */
  public ExistingTarget(String resourceId) {
    this(Optional.of(resourceId), Optional.empty(), false);
  }

  /** A target named by its full resource id; {@code grantsExist} as for the record. */
  public ExistingTarget(String resourceId, boolean grantsExist) {
    this(Optional.of(resourceId), Optional.empty(), grantsExist);
  }

  /** The resource group: as given, or from the resource id; empty when the id does not parse. */
  public Optional<String> group() {
    return resourceGroup.or(() -> resourceId.flatMap(AzureResourceId::parse).map(AzureResourceId::resourceGroup));
  }
}
