package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code existing-namespace-rule-set}: for an existing Event Hubs or Service Bus namespace with a
 * restricted firewall, the template writes its {@code networkRuleSets/default} (trusted services on,
 * the IP rules declared in the DSL), which replaces the rule set it has.
 */
public final class ExistingNamespaceRuleSetRule extends RuleSupport {

  public ExistingNamespaceRuleSetRule() {
    super("existing-namespace-rule-set");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.namespaces(spec)
        .filter(target -> !target.created() && target.firewall().restricted())
        .map(target -> info(target.path(), target.source(),
            "The template rewrites networkRuleSets/default of the existing " + TargetWords.describe(target)
                + ": default Deny, trusted Microsoft services allowed, and only the IP rules declared here ("
                + (target.firewall().ipRules().isEmpty() ? "none" : String.join(", ", target.firewall().ipRules()))
                + "); IP and virtual network rules it has now and that are not declared are removed.",
            "Declare every IP rule the namespace must keep with .withFirewallIpRule(..) on "
                + TargetWords.dslCall(target) + "."));
  }
}
