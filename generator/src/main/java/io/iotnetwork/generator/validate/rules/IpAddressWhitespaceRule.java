package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.IpRuleSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code ip-address-whitespace}: no IP address or CIDR range the definition gives (IP filter masks,
 * target firewall IP rules, address spaces, subnet prefixes, static private addresses) has leading
 * or trailing whitespace. The templates carry each value as written, so it is rejected rather than
 * trimmed; the other address rules judge the value without its whitespace.
 */
public final class IpAddressWhitespaceRule extends RuleSupport {

  public IpAddressWhitespaceRule() {
    super("ip-address-whitespace");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    spec.iotHubs().forEach(hub -> {
      hub.ipFilter().stream().flatMap(filter -> filter.rules().stream()).forEach((IpRuleSpec rule) -> check(
          rule.ipMask(), hub.path() + ".ipFilter.rules[" + rule.filterName() + "]", rule.source(),
          ".allow(\"" + rule.filterName() + "\", ..)", found));
      hub.privateEndpoints().forEach(endpoint -> endpoint.staticPrivateIpAddress().ifPresent(ip -> check(
          ip, endpoint.pathIn(hub) + ".staticPrivateIpAddress", endpoint.source(), ".withStaticPrivateIpAddress(..)",
          found)));
    });
    EgressUses.targets(spec).forEach(target -> target.firewall().ipRules().forEach(rule -> check(
        rule, target.path() + ".firewall.ipRules[" + rule + "]", target.source(), ".withFirewallIpRule(..)", found)));
    for (VirtualNetworkSpec network : spec.declaredVirtualNetworks()) {
      network.addressPrefixes().forEach(prefix -> check(
          prefix, network.path() + ".addressSpace", network.source(), ".withAddressSpace(..)", found));
      for (SubnetSpec subnet : network.subnets()) {
        check(subnet.addressPrefix(), network.path() + ".subnets[" + subnet.name() + "]", subnet.source(),
            ".withSubnet(\"" + subnet.name() + "\", ..)", found);
      }
    }
    return found.build();
  }

  private void check(String value, String path, SourceLocation source, String dslCall,
      Stream.Builder<Diagnostic> found) {
    if (!value.equals(value.strip())) {
      found.add(error(path, source,
          "IP address or range '" + value + "' has leading or trailing whitespace; Azure takes the value as written.",
          "Remove the whitespace: pass \"" + value.strip() + "\" to " + dslCall + "."));
    }
  }
}
