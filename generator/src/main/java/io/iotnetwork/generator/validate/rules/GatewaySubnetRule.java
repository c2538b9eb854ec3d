package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SubnetSpec;
import java.util.stream.Stream;

/**
 * {@code private-endpoint-in-gateway-subnet}: {@code GatewaySubnet} is reserved for VPN and
 * ExpressRoute gateways (azure-facts §8); a private endpoint cannot go there.
 */
public final class GatewaySubnetRule extends RuleSupport {

  public GatewaySubnetRule() {
    super("private-endpoint-in-gateway-subnet");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.privateEndpoints().stream()
        .filter(endpoint -> SubnetSpec.GATEWAY_SUBNET.equalsIgnoreCase(endpoint.subnet().subnetName()))
        .map(endpoint -> error(endpoint.pathIn(hub) + ".subnet", endpoint.source(),
            "The private endpoint is placed in '" + endpoint.subnet().subnetName() + "' of virtual network '"
                + endpoint.subnet().virtualNetwork().name() + "', the subnet reserved for VPN and ExpressRoute gateways.",
            "Place it in a subnet of its own, e.g. .inSubnet(vnet.subnet(\"snet-private-endpoints\")).")));
  }
}
