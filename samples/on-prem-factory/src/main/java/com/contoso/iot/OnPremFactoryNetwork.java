package com.contoso.iot;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.DeviceSite;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.IotNetworkSpec;

/**
 * A factory whose devices reach the hub privately over an existing site-to-site VPN into an
 * existing virtual network, while the public endpoint stays open to the factory's NAT range only:
 * the IP filter denies every other address and also covers the built-in Event Hubs-compatible
 * endpoint.
 */
public final class OnPremFactoryNetwork implements NetworkDefinition {
  private static final String NETWORK_GROUP =
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-factory-network";

  @Override
  public IotNetworkSpec network() {
    return IotNetwork.define("on-prem-factory")
        .inRegion(Region.EUROPE_NORTH)
        .withTag("site", "factory-eindhoven")
        .withIotHub(IotHub.define("contoso-factory-hub")
            .withSku(IotHubSku.S1, 2)
            .withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
            .defineIpFilter(DefaultAction.DENY)
                .allow("factory-nat", "203.0.113.0/28")
                .applyToBuiltInEventHubEndpoint()
                .attach()
            .definePrivateEndpoint("pe-contoso-factory-hub")
                .inSubnet(Subnet.existing(NETWORK_GROUP
                    + "/providers/Microsoft.Network/virtualNetworks/vnet-factory/subnets/snet-iot-endpoints"))
                .withCustomNetworkInterfaceName("nic-pe-contoso-factory-hub")
                .attach()
            .build())
        .withPrivateDns(PrivateDns.newZones())
        .withDeviceSite(DeviceSite.onPremises("factory-floor", DeviceSite.existingVpnGateway(NETWORK_GROUP
            + "/providers/Microsoft.Network/virtualNetworkGateways/vgw-factory")))
        .build();
  }
}
