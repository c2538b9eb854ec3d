package io.iotnetwork.maven;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.IotNetworkStages;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.IotNetworkSpec;

/**
 * Definitions the mojo tests build, as a user's project would declare them. The test picks what
 * {@link First} describes; {@link Second} is always clean, {@link Noted} has a note.
 */
final class TestNetworks {
  /** What {@link First} describes. */
  enum Variant {
    /** No warning: the hub is private, with both DNS zones. */
    CLEAN,
    /** One warning: {@code private-endpoint-without-dns}. */
    WARNING,
    /** An error: {@code hub-unreachable}. */
    ERROR
  }

  static volatile Variant first = Variant.CLEAN;

  private TestNetworks() {}

  /** Network {@code first}, as {@link #first} says. */
  public static final class First implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      return switch (first) {
        case CLEAN -> privateHub("first", "first-hub").withPrivateDns(PrivateDns.newZones()).build();
        case WARNING -> privateHub("first", "first-hub").withPrivateDns(PrivateDns.selfManaged()).build();
        case ERROR -> IotNetwork.define("first").inRegion(Region.EUROPE_WEST)
            .withIotHub(IotHub.define("first-hub").withSku(IotHubSku.S1, 1).withoutPublicNetworkAccess().build())
            .build();
      };
    }
  }

  /** Network {@code second}, clean. */
  public static final class Second implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      return privateHub("second", "second-hub").withPrivateDns(PrivateDns.newZones()).build();
    }
  }

  /** Network {@code noted}, with a note ({@code existing-dns-zones}) and no warning. */
  public static final class Noted implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      return privateHub("noted", "noted-hub").withPrivateDns(PrivateDns.existingZones(
          zone("privatelink.azure-devices.net"), zone("privatelink.servicebus.windows.net"))).build();
    }
  }

  /** samples/plant-fleet with 1,000 plants: one deployment cannot hold it, so it is written as stages. */
  public static final class StagedFleet implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      return com.contoso.iot.PlantFleetNetwork.fleet(1000);
    }
  }

  private static String zone(String name) {
    return "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns/providers/"
        + "Microsoft.Network/privateDnsZones/" + name;
  }

  private static IotNetworkStages.WithOptions privateHub(String id, String hub) {
    return IotNetwork.define(id).inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define(hub).withSku(IotHubSku.S1, 1).withoutPublicNetworkAccess()
            .definePrivateEndpoint("pe-" + hub)
                .inSubnet(Subnet.existing("rg-net", "vnet-iot", "snet-private-endpoints")).attach()
            .build());
  }
}
