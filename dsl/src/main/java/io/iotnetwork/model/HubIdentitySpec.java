package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The hub's managed identities ({@code identity}).
 *
 * @param systemAssigned  whether the hub has a system-assigned identity
 * @param userAssigned    its user-assigned identity, if any
 */
public record HubIdentitySpec(boolean systemAssigned, Optional<UserAssignedIdentityRef> userAssigned) {

  /** No managed identity. */
  public static final HubIdentitySpec NONE = new HubIdentitySpec(false, Optional.empty());

  public HubIdentitySpec {
    requireNonNull(userAssigned);
  }

  /** True when the hub has any managed identity. */
  public boolean any() {
    return systemAssigned || userAssigned.isPresent();
  }

  /** True when the hub has the identity {@code kind}. */
  public boolean has(IdentityKind kind) {
    return kind == IdentityKind.SYSTEM_ASSIGNED ? systemAssigned : userAssigned.isPresent();
  }

  /**
   * The identity egress uses when a setting names none: the system-assigned one when the hub has
   * it (firewall-restricted targets need it), else the user-assigned one.
   */
  public Optional<IdentityKind> defaultKind() {
    if (systemAssigned) {
      return Optional.of(IdentityKind.SYSTEM_ASSIGNED);
    }
    return userAssigned.map(identity -> IdentityKind.USER_ASSIGNED);
  }
}
