package io.iotnetwork.generator.plan;

import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.ExistingPrivateDnsZones;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.NewPrivateDnsZones;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.VirtualNetworkRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans private DNS: the cloud's two zones ({@code Microsoft.Network/privateDnsZones}, location
 * {@code global}) and their links to every private endpoint's network and every extra network the
 * user names ({@code virtualNetworkLinks}, auto-registration off). Links of existing zones, when the
 * user asks for them, go into a module deployed to the zones' resource group.
 */
final class PrivateDnsPlanner {
  private static final Value GLOBAL = Value.of("global");

  private PrivateDnsPlanner() {}

  /**
   * The zones the zone groups point at; empty when the user runs their own DNS. New zones are not
   * created when no hub has a private endpoint: they would hold no record ({@code
   * private-dns-without-private-endpoint} warns).
   */
  static Optional<DnsZoneIds> plan(PlanContext context, NetworkReferences networks) {
    if (context.spec.privateDns() instanceof NewPrivateDnsZones && context.spec.hasPrivateEndpoints()) {
      PrivateDnsZoneNames names = PrivateDnsZoneNames.of(context.spec.cloud())
          .orElseThrow(() -> new IllegalStateException("bug: unsupported cloud passed validation"));
      List<Value> linked = linkedNetworkIds(context, networks);
      PlannedResource iotHubZone = planZone(context, "IotHub", names.iotHubZone(), linked);
      PlannedResource serviceBusZone = planZone(context, "ServiceBus", names.serviceBusZone(), linked);
      return Optional.of(new DnsZoneIds(names.iotHubZone(), iotHubZone.id(), names.serviceBusZone(), serviceBusZone.id()));
    }
    if (context.spec.privateDns() instanceof ExistingPrivateDnsZones existing) {
      if (existing.linkNetworks()) {
        planExistingZoneLinks(context, existing, linkedNetworkIds(context, networks));
      }
      return Optional.of(new DnsZoneIds(parse(existing.iotHubZoneId()).leafName(), Value.of(existing.iotHubZoneId()),
          parse(existing.serviceBusZoneId()).leafName(), Value.of(existing.serviceBusZoneId())));
    }
    return Optional.empty();
  }

  private static PlannedResource planZone(PlanContext context, String role, String zoneName, List<Value> linked) {
    PlannedResource zone = context.add(PlannedResource.of(
        context.symbolicNames.allocate("privateDnsZone", role), ResourceType.PRIVATE_DNS_ZONE,
        Value.of(zoneName), context.bodyWith(GLOBAL, Map.of()).put("properties", Obj.empty()).build()));
    planLinks(context, zone, role, linked);
    return zone;
  }

  /** One link per network to {@code zone}, named after the network. */
  private static void planLinks(PlanContext context, PlannedResource zone, String role, List<Value> networkIds) {
    List<String> names = linkNames(context);
    for (int i = 0; i < networkIds.size(); i++) {
      context.add(PlannedResource.child(
          context.symbolicNames.allocate("virtualNetworkLink" + role, names.get(i)), ResourceType.VIRTUAL_NETWORK_LINK,
          zone, Value.of(names.get(i)), context.bodyWith(GLOBAL, Map.of())
              .put("properties", Obj.builder()
                  .put("registrationEnabled", false)
                  .put("virtualNetwork", Obj.builder().put("id", networkIds.get(i)).build())
                  .build())
              .build()));
    }
  }

  /**
   * The links of existing zones, in a module per resource group holding zones: the zones declared
   * {@code existing}, the networks' ids passed in from this template.
   */
  private static void planExistingZoneLinks(PlanContext context, ExistingPrivateDnsZones zones, List<Value> networkIds) {
    Map<ResourceGroupRef, List<AzureResourceId>> byGroup = new LinkedHashMap<>();
    for (String zoneId : List.of(zones.iotHubZoneId(), zones.serviceBusZoneId())) {
      AzureResourceId zone = parse(zoneId);
      byGroup.computeIfAbsent(new ResourceGroupRef(zone.subscriptionId(), zone.resourceGroup()), g -> new ArrayList<>())
          .add(zone);
    }
    byGroup.forEach((group, groupZones) -> {
      PlanContext inner = PlanContext.module(context.spec);
      ModuleInputs inputs = new ModuleInputs(inner);
      List<Value> innerIds = new ArrayList<>();
      for (int i = 0; i < networkIds.size(); i++) {
        innerIds.add(inputs.input("virtualNetworkId" + i, networkIds.get(i)));
      }
      for (AzureResourceId zone : groupZones) {
        String role = zone.leafName().contains("servicebus") ? "ServiceBus" : "IotHub";
        PlannedResource existing = inner.add(PlannedResource.existing(inner.symbolicNames.allocate("privateDnsZone", role),
            ResourceType.PRIVATE_DNS_ZONE, Optional.empty(), zone.leafName(), Optional.empty()));
        planLinks(inner, existing, role, innerIds);
      }
      String symbol = context.symbolicNames.allocate("privateDnsLinks", group.resourceGroup());
      context.add(new PlannedModule(symbol, "modules/" + ModuleFiles.kebab(symbol) + ".bicep",
          Call.format("iotnet-dns-links-{0}", DeploymentNames.uniqueIn(group, context.spec.id())),
          Optional.of(group), inputs.arguments(), inner.toPlan(), List.of()));
    });
  }

  /** The ids of every private endpoint's network, then of the extra ones, each network once. */
  private static List<Value> linkedNetworkIds(PlanContext context, NetworkReferences networks) {
    return linkedNetworks(context).stream().map(networks::virtualNetworkId).toList();
  }

  /** {@code <network>-link}, numbered when two networks share a name. */
  private static List<String> linkNames(PlanContext context) {
    Map<String, Integer> used = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (VirtualNetworkRef network : linkedNetworks(context)) {
      int seen = used.merge(network.name(), 1, Integer::sum);
      names.add(network.name() + "-link" + (seen > 1 ? "-" + seen : ""));
    }
    return names;
  }

  private static List<VirtualNetworkRef> linkedNetworks(PlanContext context) {
    Map<String, VirtualNetworkRef> byKey = new LinkedHashMap<>();
    for (IotHubSpec hub : context.spec.iotHubs()) {
      for (PrivateEndpointSpec endpoint : hub.privateEndpoints()) {
        byKey.putIfAbsent(NetworkReferences.key(endpoint.subnet().virtualNetwork()), endpoint.subnet().virtualNetwork());
      }
    }
    context.spec.extraDnsLinks().forEach(network -> byKey.putIfAbsent(NetworkReferences.key(network), network));
    return new ArrayList<>(byKey.values());
  }

  private static AzureResourceId parse(String zoneId) {
    return AzureResourceId.parse(zoneId)
        .orElseThrow(() -> new IllegalStateException("bug: malformed zone id passed validation: " + zoneId));
  }
}
