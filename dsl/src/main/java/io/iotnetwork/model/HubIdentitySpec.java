package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hub's managed identities ({@code identity}).
 *
 * @param systemAssigned          whether the hub has a system-assigned identity
 * @param userAssigned            its first user-assigned identity, if any: the one egress uses
 * @param moreUserAssigned        its further user-assigned identities, in the order declared
 */
public record HubIdentitySpec(boolean systemAssigned, Optional<UserAssignedIdentityRef> userAssigned,
    List<UserAssignedIdentityRef> moreUserAssigned) {

  /** No managed identity. */
  public static final HubIdentitySpec NONE = new HubIdentitySpec(false, Optional.empty());

  public HubIdentitySpec {
    requireNonNull(userAssigned);
    moreUserAssigned = List.copyOf(moreUserAssigned);
    if (userAssigned.isEmpty() && !moreUserAssigned.isEmpty()) {
      throw new IllegalArgumentException("further user-assigned identities need a first one");
    }
  }

  /** At most one user-assigned identity. */
  public HubIdentitySpec(boolean systemAssigned, Optional<UserAssignedIdentityRef> userAssigned) {
    this(systemAssigned, userAssigned, List.of());
  }

  /** Every user-assigned identity, the first one first ({@code identity.userAssignedIdentities}). */
  public List<UserAssignedIdentityRef> allUserAssigned() {
    List<UserAssignedIdentityRef> all = new ArrayList<>();
    userAssigned.ifPresent(all::add);
    all.addAll(moreUserAssigned);
    return all;
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
