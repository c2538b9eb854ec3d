package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.stream.Stream;

/** Every IP address or CIDR range a definition gives, with where and through which DSL call. */
final class AddressInputs {
  private AddressInputs() {}

  /** One address or range as the user wrote it. */
  record AddressInput(String value, String path, SourceLocation source, String dslCall) {}

  /** A declared network's address prefixes, then its subnets' prefixes. */
  static Stream<AddressInput> of(VirtualNetworkSpec network) {
    Stream<AddressInput> space = network.addressPrefixes().stream().map(prefix ->
        new AddressInput(prefix, network.path() + ".addressSpace", network.source(), ".withAddressSpace(..)"));
    Stream<AddressInput> subnets = network.subnets().stream().map(subnet -> new AddressInput(subnet.addressPrefix(),
        network.path() + ".subnets[" + subnet.name() + "]", subnet.source(), ".withSubnet(\"" + subnet.name() + "\", ..)"));
    return Stream.concat(space, subnets);
  }

  /**
   * Every address of {@code spec}: IP filter masks, static private addresses, target firewall IP
   * rules, and the prefixes of declared networks.
   */
  static Stream<AddressInput> of(IotNetworkSpec spec) {
    Stream<AddressInput> hubs = spec.iotHubs().stream().flatMap(hub -> Stream.concat(
        hub.ipFilter().stream().flatMap(filter -> filter.rules().stream()).map(rule -> new AddressInput(
            rule.ipMask(), hub.path() + ".ipFilter.rules[" + rule.filterName() + "]", rule.source(),
            ".allow(\"" + rule.filterName() + "\", ..)")),
        hub.privateEndpoints().stream().flatMap(endpoint -> endpoint.staticPrivateIpAddress().stream()
            .map(ip -> new AddressInput(ip, endpoint.pathIn(hub) + ".staticPrivateIpAddress", endpoint.source(),
                ".withStaticPrivateIpAddress(..)")))));
    Stream<AddressInput> targets = EgressUses.targets(spec).flatMap(target -> target.firewall().ipRules().stream()
        .map(rule -> new AddressInput(rule, target.path() + ".firewall.ipRules[" + rule + "]", target.source(),
            ".withFirewallIpRule(..)")));
    Stream<AddressInput> networks = spec.declaredVirtualNetworks().stream().flatMap(AddressInputs::of);
    return Stream.of(hubs, targets, networks).flatMap(s -> s);
  }
}
