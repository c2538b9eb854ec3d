package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.HubIdentitySpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code egress-needs-identity}: an identity-based routing endpoint, file upload or import/export
 * needs a managed identity the hub has: any when the setting names none, else the one it names.
 */
public final class EgressNeedsIdentityRule extends RuleSupport {

  public EgressNeedsIdentityRule() {
    super("egress-needs-identity");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.of(spec).filter(use -> !use.keyBased()).flatMap(this::check);
  }

  private Stream<Diagnostic> check(EgressUse use) {
    HubIdentitySpec hubIdentity = use.hub().egress().identity();
    Optional<IdentityKind> identity = use.identity();
    if (identity.isPresent() && hubIdentity.has(identity.get())) {
      return Stream.empty();
    }
    String asks = identity.map(kind -> "asks for the hub's " + words(kind) + " identity").orElse("is identity-based");
    String has = hubIdentity.defaultKind().map(kind -> "only a " + words(kind) + " one").orElse("no managed identity");
    String hint = use.hub().isExisting()
        ? "Call .withExistingSystemAssignedIdentity() or .withExistingUserAssignedIdentity(UserAssignedIdentity"
            + ".existing(..)) on IotHub.existing(..), naming an identity the hub already has."
        : identity.filter(kind -> kind == IdentityKind.USER_ASSIGNED).isPresent()
        ? "Call .withUserAssignedIdentity(UserAssignedIdentity.define(\"id-name\")) on the hub, or call "
            + ".withSystemAssignedIdentity() on the hub and " + use.useIdentityCall(IdentityKind.SYSTEM_ASSIGNED) + "."
        : "Call .withSystemAssignedIdentity() on the hub.";
    return Stream.of(error(use.path(), use.source(), use.subject() + " " + asks + ", but the hub has " + has + ".",
        hint));
  }

  private static String words(IdentityKind kind) {
    return kind == IdentityKind.SYSTEM_ASSIGNED ? "system-assigned" : "user-assigned";
  }
}
