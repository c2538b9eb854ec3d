package io.iotnetwork.generator;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.IotNetworkStages;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.ExistingSubnet;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;

/** Small valid definitions that tests change one fact of. */
public final class Fixtures {
  public static final String SUBNET_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net"
      + "/providers/Microsoft.Network/virtualNetworks/vnet-iot/subnets/snet-pe";

  private Fixtures() {}

  /** An existing subnet by id. */
  public static ExistingSubnet existingSubnet() {
    return Subnet.existing(SUBNET_ID);
  }

  /** A private S1 hub with one private endpoint in an existing subnet, still open for more options. */
  public static IotHubStages.WithOptions privateHub(String name) {
    return IotHub.define(name)
        .withSku(IotHubSku.S1, 1)
        .definePrivateEndpoint("pe-" + name).inSubnet(existingSubnet()).attach();
  }

  /** A network in West Europe holding {@code hubs}, still open for more options. */
  public static IotNetworkStages.WithOptions networkWith(IotHubSpec... hubs) {
    IotNetworkStages.WithOptions network = IotNetwork.define("test-network").inRegion(Region.EUROPE_WEST);
    for (IotHubSpec hub : hubs) {
      network.withIotHub(hub);
    }
    return network;
  }

  /** A valid network with one private hub. */
  public static IotNetworkSpec validNetwork() {
    return networkWith(privateHub("hub-test").build()).build();
  }
}
