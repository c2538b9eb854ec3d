package io.iotnetwork.generator.validate.rules;

import com.azure.resourcemanager.network.models.VirtualNetworkGatewayType;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.ExistingIotHub;
import io.iotnetwork.model.ExistingSubnet;
import io.iotnetwork.model.ExistingVirtualNetwork;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.VirtualNetworkRef;
import java.util.stream.Stream;

/**
 * {@code existing-resource-id}: every existing resource named by id is a well-formed resource id
 * of the expected type (existing hubs, subnets, virtual networks, VPN and ExpressRoute gateways).
 */
public final class ExistingResourceIdRule extends RuleSupport {
  private static final String SUBNET = "Microsoft.Network/virtualNetworks/subnets";
  private static final String VIRTUAL_NETWORK = "Microsoft.Network/virtualNetworks";
  private static final String GATEWAY = "Microsoft.Network/virtualNetworkGateways";
  private static final String IOT_HUB = "Microsoft.Devices/IotHubs";

  public ExistingResourceIdRule() {
    super("existing-resource-id");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    for (IotHubSpec hub : spec.iotHubs()) {
      hub.existing().flatMap(ExistingIotHub::resourceId).ifPresent(id -> check(id, IOT_HUB, hub.path(), hub.source(),
          "IotHub.existing(..)", found));
      for (PrivateEndpointSpec endpoint : hub.privateEndpoints()) {
        if (endpoint.subnet() instanceof ExistingSubnet subnet && subnet.givenResourceId().isPresent()) {
          check(subnet.givenResourceId().get(), SUBNET, endpoint.pathIn(hub) + ".subnet", endpoint.source(),
              "Subnet.existing(..)", found);
        }
      }
    }
    for (VirtualNetworkRef network : spec.extraDnsLinks()) {
      if (network instanceof ExistingVirtualNetwork existing && existing.resourceId().isPresent()) {
        check(existing.resourceId().get(), VIRTUAL_NETWORK, spec.path() + ".privateDns.links[" + existing.name() + "]",
            existing.source(), "VirtualNetwork.existing(..)", found);
      }
    }
    for (DeviceSiteSpec site : spec.deviceSites()) {
      site.gateway().ifPresent(gateway -> check(gateway.resourceId(), GATEWAY, site.path() + ".gateway",
          site.source(), VirtualNetworkGatewayType.VPN.equals(gateway.gatewayType())
              ? "DeviceSite.existingVpnGateway(..)" : "DeviceSite.existingExpressRouteGateway(..)", found));
    }
    return found.build();
  }

  private void check(String resourceId, String type, String path, SourceLocation source, String dslCall,
      Stream.Builder<Diagnostic> found) {
    if (!ResourceIds.isOfType(resourceId, type)) {
      found.add(error(path, source, ResourceIds.notOfType(resourceId, type), ResourceIds.hint(type, dslCall)));
    }
  }
}
