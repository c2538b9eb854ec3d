package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * A target that exists already, possibly in another resource group or subscription of the tenant.
 *
 * @param resourceId   its full resource id
 * @param grantsExist  true when the hub's identity already holds the roles it needs on the target's
 *                     entities (an adopted hub's portal-made assignments): the template writes no role
 *                     assignment for them, since ARM refuses a second one ({@code RoleAssignmentExists})
 */
public record ExistingTarget(String resourceId, boolean grantsExist) implements TargetOrigin {
  public ExistingTarget {
    requireNonNull(resourceId);
  }

  /** A target whose role assignments the template writes. */
  public ExistingTarget(String resourceId) {
    this(resourceId, false);
  }
}
