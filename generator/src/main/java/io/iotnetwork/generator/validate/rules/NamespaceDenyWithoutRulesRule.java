package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code namespace-deny-without-rules}: an Event Hubs or Service Bus rule set that denies by default
 * but lists no IP or virtual network rule does not take effect: the namespace stays public
 * (azure-facts §4).
 */
public final class NamespaceDenyWithoutRulesRule extends RuleSupport {

  public NamespaceDenyWithoutRulesRule() {
    super("namespace-deny-without-rules");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.namespaces(spec)
        .filter(target -> target.firewall().restricted() && target.firewall().ipRules().isEmpty())
        .map(target -> warning(target.path(), target.source(),
            "The firewall of " + TargetWords.describe(target) + " denies by default and admits trusted Microsoft "
                + "services, but lists no IP rule: with no IP or virtual network rules, Deny does not take effect "
                + "and the namespace stays public.",
            "Add .withFirewallIpRule(\"a.b.c.d/nn\") to " + TargetWords.dslCall(target)
                + " for a network that must reach it (e.g. the operations network)."));
  }
}
