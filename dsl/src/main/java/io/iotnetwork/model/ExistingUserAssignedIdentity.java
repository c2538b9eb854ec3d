package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * An existing user-assigned identity, by resource id.
 *
 * @param resourceId  its full resource id
 * @param name        its name (from the id)
 * @param source      where it was referenced
 */
public record ExistingUserAssignedIdentity(String resourceId, String name, SourceLocation source)
    implements UserAssignedIdentityRef {

  public ExistingUserAssignedIdentity {
    requireNonNull(resourceId);
    requireNonNull(name);
    requireNonNull(source);
  }
}
