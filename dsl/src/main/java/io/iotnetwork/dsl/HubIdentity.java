package io.iotnetwork.dsl;

import io.iotnetwork.model.IdentityKind;

/**
 * The hub's managed identities, for {@code withIdentity(..)} of routing endpoints, file upload,
 * import/export and access grants, by the DSL's name: the model's {@link IdentityKind} values, so a
 * definition needs no import from {@code io.iotnetwork.model}.
 */
public final class HubIdentity {
  /** The hub's system-assigned identity; the one trusted-services firewalls admit. */
  public static final IdentityKind SYSTEM_ASSIGNED = IdentityKind.SYSTEM_ASSIGNED;
  /** The hub's user-assigned identity. */
  public static final IdentityKind USER_ASSIGNED = IdentityKind.USER_ASSIGNED;

  private HubIdentity() {}
}
