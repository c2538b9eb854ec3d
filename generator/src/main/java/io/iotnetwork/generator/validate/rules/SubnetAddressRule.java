package io.iotnetwork.generator.validate.rules;

import inet.ipaddr.IPAddress;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code subnet-outside-address-space}: every subnet of a declared network lies inside one of the
 * network's address prefixes. Prefixes that do not parse are left to {@code virtual-network-prefix}.
 */
public final class SubnetAddressRule extends RuleSupport {

  public SubnetAddressRule() {
    super("subnet-outside-address-space");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.declaredVirtualNetworks().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(VirtualNetworkSpec network) {
    List<IPAddress> space = network.addressPrefixes().stream().map(IpRanges::cidr)
        .flatMap(Optional::stream).toList();
    if (space.isEmpty()) {
      return Stream.empty();
    }
    String spaceText = space.stream().map(IPAddress::toString).collect(Collectors.joining(", "));
    return network.subnets().stream()
        .filter(subnet -> IpRanges.cidr(subnet.addressPrefix())
            .map(prefix -> space.stream().noneMatch(range -> range.contains(prefix))).orElse(false))
        .map(subnet -> outside(network, subnet, spaceText));
  }

  private Diagnostic outside(VirtualNetworkSpec network, SubnetSpec subnet, String spaceText) {
    return error(network.path() + ".subnets[" + subnet.name() + "]", subnet.source(),
        "Subnet prefix " + subnet.addressPrefix() + " is not inside the address space of '" + network.name()
            + "' (" + spaceText + ").",
        "Pick a prefix inside " + spaceText + " in .withSubnet(\"" + subnet.name() + "\", ..), or widen .withAddressSpace(..).");
  }
}
