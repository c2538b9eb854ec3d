package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/** {@code target-firewall-ip-rule}: a target firewall's IP rule is one IPv4 address or IPv4 CIDR range. */
public final class TargetFirewallIpRuleRule extends RuleSupport {

  public TargetFirewallIpRuleRule() {
    super("target-firewall-ip-rule");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.targets(spec).flatMap(target -> target.firewall().ipRules().stream()
        .filter(rule -> IpRanges.ipv4AddressOrRange(rule).isEmpty())
        .map(rule -> error(target.path() + ".firewall.ipRules[" + rule + "]", target.source(),
            "Firewall IP rule '" + rule + "' of " + TargetWords.describe(target) + " is not an IPv4 address or CIDR "
                + "range; allowed: e.g. 203.0.113.7 or 203.0.113.0/24.",
            "Pass an IPv4 address or CIDR range to .withFirewallIpRule(\"203.0.113.0/24\").")));
  }
}
