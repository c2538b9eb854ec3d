package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code virtual-network-overlap}: two declared networks with overlapping address spaces cannot be
 * peered or reached over the same gateway, which hub-and-spoke DNS and on-premises reach rely on.
 */
public final class VirtualNetworkOverlapRule extends RuleSupport {

  public VirtualNetworkOverlapRule() {
    super("virtual-network-overlap");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    List<VirtualNetworkSpec> networks = spec.declaredVirtualNetworks();
    Stream.Builder<Diagnostic> found = Stream.builder();
    for (int i = 0; i < networks.size(); i++) {
      for (int j = i + 1; j < networks.size(); j++) {
        VirtualNetworkSpec first = networks.get(i);
        VirtualNetworkSpec second = networks.get(j);
        if (!first.name().equals(second.name()) && overlap(first, second)) {
          found.add(warning(second.path() + ".addressSpace", second.source(),
              "The address space of '" + second.name() + "' " + second.addressPrefixes() + " overlaps that of '"
                  + first.name() + "' " + first.addressPrefixes() + "; such networks cannot be peered.",
              "Give VirtualNetwork.define(\"" + second.name() + "\").withAddressSpace(..) a range of its own."));
        }
      }
    }
    return found.build();
  }

  private static boolean overlap(VirtualNetworkSpec first, VirtualNetworkSpec second) {
    return first.addressPrefixes().stream().map(IpRanges::cidr).flatMap(Optional::stream)
        .anyMatch(a -> second.addressPrefixes().stream().map(IpRanges::cidr).flatMap(Optional::stream)
            .anyMatch(b -> a.getIPVersion() == b.getIPVersion() && a.overlaps(b)));
  }
}
