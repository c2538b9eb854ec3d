package com.contoso.iot;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.dsl.Fleet;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A manufacturer's fleet: one private IoT hub per plant, plants in four regions. Every region has a
 * spoke network for its hubs' private endpoints and a telemetry storage account behind its firewall;
 * the private DNS zones are shared and also linked to the central DNS network of the hub-and-spoke
 * topology. Each hub archives telemetry through its system-assigned identity (the trusted Microsoft
 * services exception) to its region's account.
 *
 * <p>120 hubs are more than one ARM template holds, so the templates come out sharded: one nested
 * deployment per region's hubs.
 */
public final class PlantFleetNetwork implements NetworkDefinition {
  private static final int PLANTS = 120;
  private static final String DNS_HUB_NETWORK = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups"
      + "/rg-contoso-dns/providers/Microsoft.Network/virtualNetworks/vnet-contoso-dns-hub";

  /** A region of the fleet: its Azure region, a short code for names, and its spoke network's address block. */
  enum FleetRegion {
    WEST_EUROPE(Region.EUROPE_WEST, "weu", 10),
    NORTH_EUROPE(Region.EUROPE_NORTH, "neu", 11),
    EAST_US(Region.US_EAST, "eus", 12),
    SOUTHEAST_ASIA(Region.ASIA_SOUTHEAST, "sea", 13);

    final Region region;
    final String code;
    final VirtualNetworkSpec spoke;
    final StorageAccountSpec telemetry;

    FleetRegion(Region region, String code, int block) {
      this.region = region;
      this.code = code;
      this.spoke = VirtualNetwork.define("vnet-iot-" + code)
          .withAddressSpace("10." + block + ".0.0/16")
          .withSubnet("snet-private-endpoints", "10." + block + ".0.0/20")
          .inRegion(region)
          .build();
      this.telemetry = StorageAccount.define("stcontoso" + code + "telemetry").inRegion(region).build();
    }
  }

  /** One row of the fleet's table. */
  record Plant(String name, FleetRegion region) {}

  @Override
  public IotNetworkSpec network() {
    return fleet(PLANTS);
  }

  /** The fleet with {@code plants} plants, spread over the regions in turn: for the tests and benchmarks. */
  public static IotNetworkSpec fleet(int plants) {
    return IotNetwork.define("plant-fleet")
        .inRegion(Region.EUROPE_WEST)
        .withTag("workload", "plant-telemetry")
        .withPrivateDns(PrivateDns.newZonesLinkedTo(VirtualNetwork.existing(DNS_HUB_NETWORK)))
        .withFleet(Fleet.of("plants", plants(plants))
            .namedBy(plant -> Fleet.slug("iot", "contoso", plant.name(), plant.region().code))
            .labelledBy(plant -> plant.name() + "/" + plant.region().code)
            .eachHub((member, hub) -> hub
                .withSku(IotHubSku.S1, 1)
                .inRegion(member.row().region().region)
                .withoutPublicNetworkAccess()
                .definePrivateEndpoint(member.name("pe"))
                    .inSubnet(member.row().region().spoke.subnet("snet-private-endpoints"))
                    .attach()
                .withSystemAssignedIdentity()
                .defineRoutingEndpoint("telemetry-archive")
                    .toStorageContainer(member.row().region().telemetry, "telemetry")
                    .attach()
                .defineRoute("telemetry-to-archive").from(RoutingSource.DEVICE_MESSAGES)
                    .toEndpoint("telemetry-archive").attach()
                .defineRoute("telemetry-to-built-in").from(RoutingSource.DEVICE_MESSAGES).toBuiltInEndpoint()
                    .attach()))
        .build();
  }

  private static List<Plant> plants(int count) {
    FleetRegion[] regions = FleetRegion.values();
    List<Plant> plants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      plants.add(new Plant(String.format(Locale.ROOT, "plant-%03d", i / regions.length + 1), regions[i % regions.length]));
    }
    return plants;
  }
}
