package io.iotnetwork.generator.random;

import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.model.IotHubSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One to three hubs with their ingress: SKU and units, built-in endpoint, TLS and SAS settings,
 * public access, IP filter and private endpoints; {@link Egress} adds the rest.
 */
final class Hubs {
  private static final List<IotHubSku> SKUS = List.of(IotHubSku.F1, IotHubSku.B1, IotHubSku.B2, IotHubSku.B3,
      IotHubSku.S1, IotHubSku.S2, IotHubSku.S3);

  private final Generation generation;
  private final Draw draw;
  private final Faults faults;
  private final Egress egress;
  private final Names.Scope hubNames;
  private final Names.Scope privateEndpointNames;
  private final Names.Scope staticIps;
  private final List<String> attachedPrivateEndpoints = new ArrayList<>();

  Hubs(Generation generation) {
    this.generation = generation;
    this.draw = generation.draw;
    this.faults = generation.faults;
    this.egress = new Egress(generation);
    this.hubNames = generation.names.scope();
    this.privateEndpointNames = generation.names.scope();
    this.staticIps = generation.names.scope();
  }

  /** The hubs. */
  List<IotHubSpec> all() {
    List<String> names = new ArrayList<>();
    List<IotHubSpec> hubs = new ArrayList<>();
    int count = draw.between(1, 3);
    for (int i = 0; i < count; i++) {
      IotHubSpec hub = hub(names);
      names.add(hub.name());
      hubs.add(hub);
    }
    return hubs;
  }

  private IotHubSpec hub(List<String> earlierNames) {
    String name = faults.replace(Fault.HUB_NAME, hubNames.unique(generation.names::hub), BadValues::hubName);
    if (!earlierNames.isEmpty() && faults.inject(Fault.DUPLICATE_HUB_NAME)) {
      name = Names.recased(earlierNames.get(0));
    }
    IotHubSku sku = draw.pick(SKUS);
    IotHubStages.WithOptions hub = IotHub.define(name)
        .withSku(sku, faults.replace(Fault.SKU_UNITS, units(sku), bad -> bad.units(sku)));
    if (draw.chance(0.2)) {
      hub.inRegion(generation.region());
    }
    builtInEndpoint(hub);
    security(hub);
    generation.tags(hub::withTag);
    boolean publicAccess = publicNetworkAccess(hub);
    if (draw.chance(publicAccess ? 0.7 : 0.2)) {
      ipFilter(hub);
    }
    privateEndpoints(hub, publicAccess);
    egress.configure(hub, sku);
    statedSettings(hub);
    return hub.build();
  }

  /**
   * Properties written only when stated: cloud-to-device, an enrichment to events, comments, features, data
   * residency, consumer groups.
   */
  private void statedSettings(IotHubStages.WithOptions hub) {
    if (draw.chance(0.2)) {
      IotHubStages.CloudToDevice messages = hub.defineCloudToDevice(draw.between(1, 100),
          java.time.Duration.ofMinutes(draw.between(1, 2880)));
      if (draw.chance(0.5)) {
        messages.withFeedback(java.time.Duration.ofSeconds(draw.between(5, 300)),
            java.time.Duration.ofHours(draw.between(1, 48)), draw.between(1, 100));
      }
      messages.attach();
    }
    if (draw.chance(0.2)) {
      hub.defineEnrichment("site", "$twin.tags.site").toEndpoints("events").attach();
    }
    if (draw.chance(0.1)) {
      hub.withComments("restated hub");
    }
    if (draw.chance(0.1)) {
      hub.withFeatures(com.azure.resourcemanager.iothub.models.Capabilities.DEVICE_MANAGEMENT);
    }
    if (draw.chance(0.1)) {
      hub.withDataResidency(draw.chance(0.5));
    }
    for (String group : draw.some(List.of("analytics", "alerts.reader", "archive_1", "ops-dashboard"),
        draw.chance(0.8) ? 0 : draw.between(1, 3))) {
      hub.withConsumerGroup(group);
    }
  }

  private int units(IotHubSku sku) {
    if (IotHubSku.F1.equals(sku)) {
      return 1;
    }
    int max = IotHubSku.B3.equals(sku) || IotHubSku.S3.equals(sku) ? 10 : 200;
    return draw.pick(1, 1, 2, draw.between(1, max), max);
  }

  private void builtInEndpoint(IotHubStages.WithOptions hub) {
    if (draw.chance(0.4)) {
      hub.withBuiltInEventHubEndpoint(draw.pick(1, 2, 4, draw.between(1, 32), 32), draw.between(1, 7));
    }
    if (faults.inject(Fault.BUILT_IN_ENDPOINT)) {
      faults.bad().builtInEndpoint(hub);
    }
  }

  private void security(IotHubStages.WithOptions hub) {
    boolean explicitTls = draw.chance(0.3);
    String tls = faults.replace(Fault.TLS_VERSION, "1.2", BadValues::tlsVersion);
    if (explicitTls || !tls.equals("1.2")) {
      hub.withMinTlsVersion(tls);
    }
    if (draw.chance(0.2)) {
      hub.withLocalAuth();
    }
    if (draw.chance(0.2)) {
      hub.withoutDeviceSas();
    }
    if (draw.chance(0.2)) {
      hub.withoutModuleSas();
    }
  }

  /** Enabled, or disabled in one of three ways (the default among them); true when enabled. */
  private boolean publicNetworkAccess(IotHubStages.WithOptions hub) {
    boolean enabled = draw.chance(0.4);
    int how = draw.between(0, 2);
    if (enabled) {
      hub.withPublicNetworkAccess(PublicNetworkAccess.ENABLED);
    } else if (how == 0) {
      hub.withoutPublicNetworkAccess();
    } else if (how == 1) {
      hub.withPublicNetworkAccess(PublicNetworkAccess.DISABLED);
    }
    return enabled;
  }

  private void ipFilter(IotHubStages.WithOptions hub) {
    IotHubStages.IpFilter filter = hub.defineIpFilter(draw.pick(DefaultAction.DENY, DefaultAction.ALLOW));
    Names.Scope ruleNames = generation.names.scope();
    int rules = draw.between(0, 5);
    for (int i = 0; i < rules; i++) {
      String mask = faults.replace(Fault.IP_FILTER_ADDRESS, generation.addresses.publicRange(), BadValues::notIpv4);
      filter.allow(faults.replace(Fault.IP_FILTER_RULE_NAME, ruleNames.unique(generation.names::ipRule),
              BadValues::ipRuleName),
          faults.replace(Fault.IP_ADDRESS_WHITESPACE, mask, bad -> bad.padded(mask)));
    }
    if (faults.inject(Fault.IP_FILTER_RULE_LIMIT)) {
      for (int i = 0; i <= 100; i++) {
        filter.allow("bulk-" + i, "100.64." + i + ".0/24");
      }
    }
    if (draw.chance(0.5)) {
      filter.applyToBuiltInEventHubEndpoint();
    }
    filter.attach();
  }

  /**
   * None to three endpoints, at least one when public access is disabled; when the hub is to be
   * unreachable, they are drawn all the same and left out.
   */
  private void privateEndpoints(IotHubStages.WithOptions hub, boolean publicAccess) {
    int count = publicAccess ? draw.pick(0, 0, 1, 2, 3) : draw.pick(1, 1, 2, 3);
    if (!publicAccess && faults.inject(Fault.HUB_UNREACHABLE)) {
      IotHubStages.WithOptions leftOut = IotHub.define("left-out").withSku(IotHubSku.S1, 1);
      faults.suspended(() -> repeat(count, () -> privateEndpoint(leftOut)));
    } else {
      repeat(count, () -> attachedPrivateEndpoints.add(privateEndpoint(hub)));
    }
  }

  private String privateEndpoint(IotHubStages.WithOptions hub) {
    String name = faults.replace(Fault.PRIVATE_ENDPOINT_NAME,
        privateEndpointNames.unique(() -> generation.names.dashed("pe")), BadValues::privateEndpointName);
    if (!attachedPrivateEndpoints.isEmpty() && faults.inject(Fault.DUPLICATE_PRIVATE_ENDPOINT_NAME)) {
      name = Names.recased(attachedPrivateEndpoints.get(0));
    }
    Networks.Placement placement = generation.networks.placement();
    IotHubStages.PrivateEndpointOptions<IotHubStages.WithOptions> endpoint = hub.definePrivateEndpoint(name).inSubnet(placement.subnet());
    if (draw.chance(0.1)) {
      endpoint.inRegion(generation.region());
    }
    if (draw.chance(0.3)) {
      endpoint.withCustomNetworkInterfaceName("nic-" + name);
    }
    Optional<String> staticIp = draw.chance(0.3) ? Optional.of(staticIps.unique(() -> placement.prefix()
        .map(generation.addresses::hostIn).orElseGet(generation.addresses::privateHost))) : Optional.empty();
    faults.replace(Fault.STATIC_IP, staticIp, bad -> Optional.of(bad.staticIp()))
        .ifPresent(endpoint::withStaticPrivateIpAddress);
    generation.tags(endpoint::withTag);
    endpoint.attach();
    return name;
  }

  private static void repeat(int times, Runnable body) {
    for (int i = 0; i < times; i++) {
      body.run();
    }
  }
}
