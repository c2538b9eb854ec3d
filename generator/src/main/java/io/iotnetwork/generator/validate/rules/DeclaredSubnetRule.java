package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.DeclaredSubnet;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SubnetSpec;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code declared-subnet}: a private endpoint placed in a declared network's subnet names a subnet
 * that network declares.
 */
public final class DeclaredSubnetRule extends RuleSupport {

  public DeclaredSubnetRule() {
    super("declared-subnet");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.privateEndpoints().stream()
        .filter(endpoint -> endpoint.subnet() instanceof DeclaredSubnet declared
            && declared.virtualNetwork().findSubnet(declared.subnetName()).isEmpty())
        .map(endpoint -> {
          DeclaredSubnet declared = (DeclaredSubnet) endpoint.subnet();
          String known = declared.virtualNetwork().subnets().stream().map(SubnetSpec::name)
              .collect(Collectors.joining(", "));
          return error(endpoint.pathIn(hub) + ".subnet", endpoint.source(),
              "Virtual network '" + declared.virtualNetwork().name() + "' declares no subnet '" + declared.subnetName()
                  + "'; it declares: " + (known.isEmpty() ? "none" : known) + ".",
              "Add .withSubnet(\"" + declared.subnetName() + "\", \"10.x.y.0/24\") to VirtualNetwork.define(\""
                  + declared.virtualNetwork().name() + "\"), or name one of its subnets in .subnet(..).");
        }));
  }
}
