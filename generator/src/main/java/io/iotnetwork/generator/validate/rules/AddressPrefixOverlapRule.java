package io.iotnetwork.generator.validate.rules;

import inet.ipaddr.IPAddress;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code address-prefix-overlap}: within a declared network, address-space prefixes do not overlap
 * each other and subnets do not overlap each other.
 */
public final class AddressPrefixOverlapRule extends RuleSupport {

  public AddressPrefixOverlapRule() {
    super("address-prefix-overlap");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.declaredVirtualNetworks().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(VirtualNetworkSpec network) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    List<String> prefixes = network.addressPrefixes();
    for (int i = 0; i < prefixes.size(); i++) {
      for (int j = i + 1; j < prefixes.size(); j++) {
        if (overlap(prefixes.get(i), prefixes.get(j))) {
          found.add(error(network.path() + ".addressSpace", network.source(),
              "Address prefixes " + prefixes.get(i) + " and " + prefixes.get(j) + " of '" + network.name() + "' overlap.",
              "Pass non-overlapping ranges to .withAddressSpace(..)."));
        }
      }
    }
    List<SubnetSpec> subnets = network.subnets();
    for (int i = 0; i < subnets.size(); i++) {
      for (int j = i + 1; j < subnets.size(); j++) {
        SubnetSpec first = subnets.get(i);
        SubnetSpec second = subnets.get(j);
        if (overlap(first.addressPrefix(), second.addressPrefix())) {
          found.add(error(network.path() + ".subnets[" + second.name() + "]", second.source(),
              "Subnet '" + second.name() + "' (" + second.addressPrefix() + ") overlaps subnet '" + first.name() + "' ("
                  + first.addressPrefix() + ").",
              "Give .withSubnet(\"" + second.name() + "\", ..) a range that no other subnet uses."));
        }
      }
    }
    return found.build();
  }

  private static boolean overlap(String first, String second) {
    Optional<IPAddress> a = IpRanges.cidr(first);
    Optional<IPAddress> b = IpRanges.cidr(second);
    return a.isPresent() && b.isPresent() && a.get().getIPVersion() == b.get().getIPVersion()
        && a.get().overlaps(b.get());
  }
}
