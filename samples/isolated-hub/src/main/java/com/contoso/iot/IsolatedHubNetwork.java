package com.contoso.iot;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.IotNetworkSpec;

/**
 * The article's ingress scenario: an S1 hub reachable only through a private endpoint in an
 * existing subnet, with both private DNS zones (the hub's and its built-in Event Hubs-compatible
 * endpoint's) created and linked to that network.
 */
public final class IsolatedHubNetwork implements NetworkDefinition {

  @Override
  public IotNetworkSpec network() {
    return IotNetwork.define("isolated-hub")
        .inRegion(Region.EUROPE_WEST)
        .withTag("workload", "telemetry")
        .withIotHub(IotHub.define("contoso-isolated-hub")
            .withSku(IotHubSku.S1, 1)
            .withoutPublicNetworkAccess()
            .definePrivateEndpoint("pe-contoso-isolated-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .attach()
            .build())
        .withPrivateDns(PrivateDns.newZones())
        .build();
  }
}
