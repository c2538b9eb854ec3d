package io.iotnetwork.generator.scenarios;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.VirtualNetworkSpec;

/**
 * Hub and spoke: the hub's private endpoint in a spoke network the template creates, the private
 * DNS zones existing in a central subscription, and the template linking them to the spoke and to
 * the central DNS network (a module in the zones' resource group).
 */
public final class CentralDnsNetwork implements NetworkDefinition {
  private static final String CENTRAL = "/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-dns";

  @Override
  public IotNetworkSpec network() {
    VirtualNetworkSpec spoke = VirtualNetwork.define("vnet-iot-spoke")
        .withAddressSpace("10.42.0.0/16")
        .withSubnet("snet-private-endpoints", "10.42.1.0/24")
        .build();
    return IotNetwork.define("central-dns")
        .inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("contoso-spoke-hub")
            .withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-contoso-spoke-hub").inSubnet(spoke.subnet("snet-private-endpoints"))
                .withStaticPrivateIpAddress("10.42.1.10").attach()
            .build())
        .withPrivateDns(PrivateDns.existingZonesLinkedTo(
            CENTRAL + "/providers/Microsoft.Network/privateDnsZones/privatelink.azure-devices.net",
            CENTRAL + "/providers/Microsoft.Network/privateDnsZones/privatelink.servicebus.windows.net",
            VirtualNetwork.existing(CENTRAL + "/providers/Microsoft.Network/virtualNetworks/vnet-dns-hub")))
        .build();
  }
}
