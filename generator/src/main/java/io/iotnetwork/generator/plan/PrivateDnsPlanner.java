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
 * user names ({@code virtualNetworkLinks}, auto-registration off).
 */
final class PrivateDnsPlanner {
  private static final Value GLOBAL = Value.of("global");

  private PrivateDnsPlanner() {}

  /** The zones the zone groups point at; empty when the user runs their own DNS. */
  static Optional<DnsZoneIds> plan(PlanContext context, NetworkReferences networks) {
    if (context.spec.privateDns() instanceof NewPrivateDnsZones newZones) {
      PrivateDnsZoneNames names = PrivateDnsZoneNames.of(context.spec.cloud())
          .orElseThrow(() -> new IllegalStateException("bug: unsupported cloud passed validation"));
      List<VirtualNetworkRef> linked = linkedNetworks(context, newZones);
      PlannedResource iotHubZone = planZone(context, "IotHub", names.iotHubZone(), linked, networks);
      PlannedResource serviceBusZone = planZone(context, "ServiceBus", names.serviceBusZone(), linked, networks);
      return Optional.of(new DnsZoneIds(names.iotHubZone(), iotHubZone.id(), names.serviceBusZone(), serviceBusZone.id()));
    }
    if (context.spec.privateDns() instanceof ExistingPrivateDnsZones existing) {
      return Optional.of(new DnsZoneIds(zoneName(existing.iotHubZoneId()), Value.of(existing.iotHubZoneId()),
          zoneName(existing.serviceBusZoneId()), Value.of(existing.serviceBusZoneId())));
    }
    return Optional.empty();
  }

  private static PlannedResource planZone(PlanContext context, String role, String zoneName,
      List<VirtualNetworkRef> linked, NetworkReferences networks) {
    PlannedResource zone = context.add(PlannedResource.of(
        context.symbolicNames.allocate("privateDnsZone", role), ResourceType.PRIVATE_DNS_ZONE,
        Value.of(zoneName), context.bodyWith(GLOBAL, Map.of()).put("properties", Obj.empty()).build()));
    Map<String, Integer> linkNamesUsed = new LinkedHashMap<>();
    for (VirtualNetworkRef network : linked) {
      int seen = linkNamesUsed.merge(network.name(), 1, Integer::sum);
      String linkName = network.name() + "-link" + (seen > 1 ? "-" + seen : "");
      context.add(PlannedResource.child(
          context.symbolicNames.allocate("virtualNetworkLink" + role, linkName), ResourceType.VIRTUAL_NETWORK_LINK,
          zone, Value.of(linkName), context.bodyWith(GLOBAL, Map.of())
              .put("properties", Obj.builder()
                  .put("registrationEnabled", false)
                  .put("virtualNetwork", Obj.builder().put("id", networks.virtualNetworkId(network)).build())
                  .build())
              .build()));
    }
    return zone;
  }

  /** Every private endpoint's network, then the extra ones, each once. */
  private static List<VirtualNetworkRef> linkedNetworks(PlanContext context, NewPrivateDnsZones zones) {
    Map<String, VirtualNetworkRef> byKey = new LinkedHashMap<>();
    for (IotHubSpec hub : context.spec.iotHubs()) {
      for (PrivateEndpointSpec endpoint : hub.privateEndpoints()) {
        byKey.putIfAbsent(NetworkReferences.key(endpoint.subnet().virtualNetwork()), endpoint.subnet().virtualNetwork());
      }
    }
    zones.extraLinks().forEach(network -> byKey.putIfAbsent(NetworkReferences.key(network), network));
    return new ArrayList<>(byKey.values());
  }

  private static String zoneName(String zoneId) {
    return AzureResourceId.parse(zoneId).map(AzureResourceId::leafName)
        .orElseThrow(() -> new IllegalStateException("bug: malformed zone id passed validation: " + zoneId));
  }
}
