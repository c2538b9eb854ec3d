package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How the hub authenticates to a target: with a managed identity (the default), or with a
 * connection string supplied at deployment as a secure parameter (explicit opt-in).
 *
 * @param keyBased  true for a connection string ({@code authenticationType: keyBased})
 * @param identity  the identity to use when identity-based; empty means the hub's default
 */
public record EgressAuthentication(boolean keyBased, Optional<IdentityKind> identity) {

  /** Identity-based with the hub's default identity. */
  public static final EgressAuthentication DEFAULT = new EgressAuthentication(false, Optional.empty());

  public EgressAuthentication {
    requireNonNull(identity);
  }

  /** The identity used, given the hub's identities; empty when key-based or the hub has none. */
  public Optional<IdentityKind> resolveIdentity(HubIdentitySpec hubIdentity) {
    return keyBased ? Optional.empty() : identity.or(hubIdentity::defaultKind);
  }
}
