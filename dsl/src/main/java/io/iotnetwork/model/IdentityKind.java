package io.iotnetwork.model;

/** Which of the hub's managed identities an egress setting authenticates with. */
public enum IdentityKind {
  /** The hub's system-assigned identity; the one trusted-services firewalls admit. */
  SYSTEM_ASSIGNED,
  /** The hub's user-assigned identity. */
  USER_ASSIGNED
}
