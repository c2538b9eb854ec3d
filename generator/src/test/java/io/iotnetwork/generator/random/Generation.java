package io.iotnetwork.generator.random;

import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.Region;
import io.iotnetwork.dsl.DeviceSite;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.IotNetworkStages;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.generator.plan.PrivateDnsZoneNames;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateDnsSpec;
import io.iotnetwork.model.VirtualNetworkRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One generation of a network definition from a seed: the network's own settings, its hubs, private
 * DNS and device sites. The parts share the draw, the name scopes and the faults.
 */
final class Generation {
  private static final List<Region> REGIONS = List.of(Region.EUROPE_WEST, Region.EUROPE_NORTH, Region.US_EAST,
      Region.US_WEST2, Region.ASIA_SOUTHEAST, Region.GERMANY_WEST_CENTRAL, Region.JAPAN_EAST);
  private static final List<String> TAG_NAMES = List.of("env", "owner", "cost-center", "workload",
      "Cost Center", "app:tier");
  private static final List<String> TAG_VALUES = List.of("prod", "dev", "team-iot", "42", "Plant 7", "[prod]",
      "it's fine", "Zürich");

  final Draw draw;
  final Faults faults;
  final Names names;
  final Addresses addresses;
  final ExistingIds ids;
  final Networks networks;
  final Targets targets;
  private final long seed;

  Generation(long seed, Faults faults) {
    this.seed = seed;
    this.draw = new Draw(seed);
    this.faults = faults;
    this.names = new Names(draw);
    this.addresses = new Addresses(draw);
    this.ids = new ExistingIds(draw);
    this.networks = new Networks(this);
    this.targets = new Targets(this);
  }

  /** The whole definition. */
  IotNetworkSpec network() {
    String id = faults.replace(Fault.NETWORK_ID, "random-" + seed, BadValues::networkId);
    Region region = region();
    IotNetworkStages.WithOptions network = IotNetwork.define(id).inRegion(region);
    boolean explicitCloud = draw.chance(0.2);
    AzureEnvironment cloud = cloud();
    if (explicitCloud || cloud != AzureEnvironment.AZURE) {
      network.inCloud(cloud);
    }
    tags(network::withTag);
    if (faults.inject(Fault.NETWORK_WITHOUT_HUB)) {
      faults.suspended(() -> new Hubs(this).all());
    } else {
      new Hubs(this).all().forEach(network::withIotHub);
    }
    privateDns(cloud).ifPresent(network::withPrivateDns);
    deviceSites().forEach(network::withDeviceSite);
    return network.build();
  }

  /** A region. */
  Region region() {
    return draw.pick(REGIONS);
  }

  /** Mostly none, sometimes a few tags, some of them unusual. */
  void tags(BiConsumer<String, String> withTag) {
    int count = draw.chance(0.7) ? 0 : draw.between(1, 2);
    for (int i = 0; i < count; i++) {
      withTag.accept(draw.pick(TAG_NAMES), draw.pick(TAG_VALUES));
    }
    if (faults.inject(Fault.TAG_LIMITS)) {
      faults.bad().tags(withTag);
    }
  }

  private AzureEnvironment cloud() {
    int roll = draw.between(0, 9);
    AzureEnvironment cloud = roll == 0 ? AzureEnvironment.AZURE_US_GOVERNMENT
        : roll == 1 ? AzureEnvironment.AZURE_CHINA : AzureEnvironment.AZURE;
    return faults.replace(Fault.UNSUPPORTED_CLOUD, cloud, BadValues::cloud);
  }

  /** Empty for the default (new zones); otherwise one of the four choices, the new zones sometimes with extra links. */
  private Optional<PrivateDnsSpec> privateDns(AzureEnvironment cloud) {
    return Optional.ofNullable(switch (draw.between(0, 5)) {
      case 0 -> null;
      case 1 -> PrivateDns.newZones();
      case 2, 3 -> PrivateDns.newZonesLinkedTo(extraLinks());
      case 4 -> existingZones(cloud);
      default -> PrivateDns.selfManaged();
    });
  }

  private VirtualNetworkRef[] extraLinks() {
    int count = draw.between(1, 3);
    VirtualNetworkRef[] links = new VirtualNetworkRef[count];
    for (int i = 0; i < count; i++) {
      links[i] = networks.linkTarget();
    }
    return links;
  }

  private PrivateDnsSpec existingZones(AzureEnvironment cloud) {
    PrivateDnsZoneNames zones = PrivateDnsZoneNames.of(cloud)
        .orElseGet(() -> PrivateDnsZoneNames.of(AzureEnvironment.AZURE).orElseThrow());
    String iotHubZone = ids.of("Microsoft.Network/privateDnsZones", maybeCapitalised(zones.iotHubZone()));
    String serviceBusZone = ids.of("Microsoft.Network/privateDnsZones", zones.serviceBusZone());
    return draw.chance(0.5)
        ? PrivateDns.existingZones(mayBreakZone(iotHubZone), serviceBusZone)
        : PrivateDns.existingZones(iotHubZone, mayBreakZone(serviceBusZone));
  }

  private String mayBreakZone(String zoneId) {
    return faults.replace(Fault.EXISTING_DNS_ZONE, zoneId, bad -> bad.dnsZoneId(zoneId));
  }

  private String maybeCapitalised(String zone) {
    return draw.chance(0.2) ? zone.substring(0, 1).toUpperCase(Locale.ROOT) + zone.substring(1) : zone;
  }

  private List<DeviceSiteSpec> deviceSites() {
    Names.Scope siteNames = names.scope();
    List<DeviceSiteSpec> sites = new ArrayList<>();
    int count = draw.chance(0.5) ? 0 : draw.between(1, 3);
    for (int i = 0; i < count; i++) {
      String name = siteNames.unique(() -> names.dashed("site"));
      if (!sites.isEmpty() && faults.inject(Fault.DUPLICATE_DEVICE_SITE_NAME)) {
        name = Names.recased(sites.get(0).name());
      }
      sites.add(deviceSite(name));
    }
    return sites;
  }

  private DeviceSiteSpec deviceSite(String name) {
    return switch (draw.between(0, 3)) {
      case 0 -> DeviceSite.onPremises(name, DeviceSite.existingVpnGateway(gatewayId()));
      case 1 -> DeviceSite.onPremises(name, DeviceSite.existingExpressRouteGateway(gatewayId()));
      case 2 -> DeviceSite.onPremises(name);
      default -> DeviceSite.wideAreaNetwork(name);
    };
  }

  private String gatewayId() {
    String id = ids.of("Microsoft.Network/virtualNetworkGateways", names.dashed("vgw"));
    return faults.replace(Fault.GATEWAY_ID, id, bad -> bad.gatewayId(id));
  }
}
