package io.iotnetwork.model;

/** A user-assigned managed identity for the hub: one the template creates, or an existing one. */
public sealed interface UserAssignedIdentityRef permits NewUserAssignedIdentity, ExistingUserAssignedIdentity {

  /** The identity's name. */
  String name();
}
