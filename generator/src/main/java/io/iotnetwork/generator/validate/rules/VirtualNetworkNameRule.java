package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code virtual-network-name}: every virtual network (2-64) and subnet (1-80) name, declared or
 * existing (by name or inside a resource id), is ASCII letters, digits, underscores, periods and
 * hyphens, starting with a letter or digit and ending with a letter, digit or underscore.
 */
public final class VirtualNetworkNameRule extends RuleSupport {

  public VirtualNetworkNameRule() {
    super("virtual-network-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    for (VirtualNetworkSpec network : spec.declaredVirtualNetworks()) {
      check(AzureName.VIRTUAL_NETWORK, network.name(), network.path(), network.source(),
          "VirtualNetwork.define(..)", found);
      for (SubnetSpec subnet : network.subnets()) {
        check(AzureName.SUBNET, subnet.name(), network.path() + ".subnets[" + subnet.name() + "]", subnet.source(),
            ".withSubnet(..)", found);
      }
    }
    ExistingReferences.networks(spec)
        .filter(use -> ResourceIds.namesParse(use.network().resourceId())
            && ResourceIds.namesParse(use.subnet().flatMap(subnet -> subnet.givenResourceId())))
        .forEach(use -> {
      check(AzureName.VIRTUAL_NETWORK, use.network().name(), use.path(), use.network().source(),
          "VirtualNetwork.existing(..) or Subnet.existing(..)", found);
      use.subnet().ifPresent(subnet -> check(AzureName.SUBNET, subnet.subnetName(), use.path(),
          use.network().source(), "Subnet.existing(..)", found));
    });
    return found.build();
  }

  private void check(AzureName kind, String name, String path, SourceLocation source, String dslCall,
      Stream.Builder<Diagnostic> found) {
    if (!kind.allows(name)) {
      found.add(error(path, source, kind.rejected(name), "Pass a name such as 'vnet-iot' or 'snet-pe' to " + dslCall
          + "; an existing one exactly as Azure shows it."));
    }
  }
}
