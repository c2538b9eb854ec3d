package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An existing user-assigned identity, named either by its full resource id, or by resource group and
 * name (then it lies in the deployment's subscription).
 *
 * @param resourceId     the full resource id, when given that way
 * @param resourceGroup  the resource group, when named by group and name
 * @param name           its name (taken from the id when given by id)
 * @param source         where it was referenced
 */
public record ExistingUserAssignedIdentity(Optional<String> resourceId, Optional<String> resourceGroup, String name,
    SourceLocation source) implements UserAssignedIdentityRef {

  public ExistingUserAssignedIdentity {
    ResourceNaming.requireIdOrGroup(resourceId, resourceGroup);
    requireNonNull(name);
    requireNonNull(source);
  }

  /** An identity named by its full resource id. */
  public ExistingUserAssignedIdentity(String resourceId, String name, SourceLocation source) {
    this(Optional.of(resourceId), Optional.empty(), name, source);
  }
}
