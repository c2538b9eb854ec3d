package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code trusted-services-needs-identity-auth}: the trusted Microsoft services exception of a
 * target's firewall admits the hub only when it authenticates with its managed identity, so a
 * key-based routing endpoint or file upload towards a restricted target is blocked (azure-facts §4).
 */
public final class TrustedServicesNeedsIdentityAuthRule extends RuleSupport {

  public TrustedServicesNeedsIdentityAuthRule() {
    super("trusted-services-needs-identity-auth");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.of(spec)
        .filter(use -> use.keyBased() && use.target().firewall().restricted())
        .map(use -> error(use.path(), use.source(),
            use.subject() + " is key-based towards " + TargetWords.describe(use.target())
                + ", whose firewall admits only trusted Microsoft services; that exception admits the hub only with "
                + "its managed identity, so key-based traffic is blocked.",
            "Remove .withKeyBasedAuthentication() from " + use.dslCall() + " and call .withSystemAssignedIdentity() "
                + "on the hub, or declare the target .withFirewall(Firewall.ALL_NETWORKS)."));
  }
}
