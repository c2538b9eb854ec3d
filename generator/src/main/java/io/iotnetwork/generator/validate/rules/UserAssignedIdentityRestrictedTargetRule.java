package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code user-assigned-identity-restricted-target}: egress to a target whose firewall admits only
 * trusted Microsoft services must use the hub's system-assigned identity; the managed identity
 * article says "Use a system-assigned managed identity to access private resources" (azure-facts §4).
 */
public final class UserAssignedIdentityRestrictedTargetRule extends RuleSupport {

  public UserAssignedIdentityRestrictedTargetRule() {
    super("user-assigned-identity-restricted-target");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.of(spec)
        .filter(use -> use.identity().equals(Optional.of(IdentityKind.USER_ASSIGNED)))
        .filter(use -> use.target().firewall().restricted())
        .map(use -> error(use.path(), use.source(),
            use.subject() + " uses the hub's user-assigned identity towards " + TargetWords.describe(use.target())
                + ", whose firewall admits only trusted Microsoft services. To be recognised as a trusted Microsoft "
                + "service the hub must use its system-assigned identity: \"Use a system-assigned managed identity "
                + "to access private resources\" (IoT Hub managed identity article).",
            "Call " + use.systemAssignedIdentityCall() + " on the hub and " + use.useIdentityCall(IdentityKind.SYSTEM_ASSIGNED)
                + ", or declare the target .withFirewall(Firewall.ALL_NETWORKS)."));
  }
}
