package com.contoso.iot;

import com.azure.core.management.Region;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.EventHubsSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IotNetworkSpec;

/**
 * Microsoft's portal flow for a hub that already exists, in code: open the hub, add a private endpoint in an
 * existing subnet, integrate it with both private DNS zones, and prepare identity-based egress for its
 * system-assigned identity. The template references the hub and never deploys it, so none of its settings
 * change; turning public access off is a setting of the hub itself, which needs the hub adopted first.
 */
public final class ExistingHubNetwork implements NetworkDefinition {
  private static final String OPERATIONS_NETWORK = "198.51.100.0/24";

  @Override
  public IotNetworkSpec network() {
    EventHubsNamespaceSpec eventing = EventHubsNamespace.existing("rg-contoso-eventing", "evhns-contoso-twins",
            EventHubsSku.STANDARD)
        .withFirewallIpRule(OPERATIONS_NETWORK)
        .build();

    return IotNetwork.define("existing-hub")
        .inRegion(Region.EUROPE_WEST)
        .withTag("workload", "telemetry")
        .withIotHub(IotHub.existing("rg-contoso-iot", "contoso-portal-hub")
            .definePrivateEndpoint("pe-contoso-portal-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .attach()
            .withExistingSystemAssignedIdentity()
            .grantAccess().toEventHub(eventing, "twin-changes").attach()
            .build())
        .withPrivateDns(PrivateDns.newZones())
        .build();
  }
}
