package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.IpRuleSpec;
import java.util.stream.Stream;

/**
 * {@code ip-filter-address}: every IP filter rule allows one IPv4 address or IPv4 CIDR range
 * ({@code networkRuleSets.ipRules[].ipMask}).
 */
public final class IpFilterAddressRule extends RuleSupport {

  public IpFilterAddressRule() {
    super("ip-filter-address");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.ipFilter().stream()
        .flatMap(filter -> filter.rules().stream())
        .filter(rule -> IpRanges.ipv4AddressOrRange(rule.ipMask()).isEmpty())
        .map(rule -> invalid(hub, rule)));
  }

  private Diagnostic invalid(IotHubSpec hub, IpRuleSpec rule) {
    return error(hub.path() + ".ipFilter.rules[" + rule.filterName() + "]", rule.source(),
        "ipMask '" + rule.ipMask() + "' is not an IPv4 address or CIDR range; allowed: e.g. 203.0.113.7 or 203.0.113.0/24.",
        "Pass an IPv4 address or CIDR range to .allow(\"" + rule.filterName() + "\", \"203.0.113.0/24\").");
  }
}
