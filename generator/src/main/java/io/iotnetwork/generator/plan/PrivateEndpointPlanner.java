package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import java.util.Optional;

/**
 * Plans a hub's private endpoints ({@code Microsoft.Network/privateEndpoints}, group id
 * {@code iotHub}) and, unless the user runs their own DNS, one zone group per endpoint
 * ({@code privateDnsZoneGroups}) covering the IoT Hub zone and the built-in endpoint's Service Bus
 * zone.
 */
final class PrivateEndpointPlanner {
  /** The private link sub-resource (group id) of an IoT hub. */
  static final String IOT_HUB_GROUP_ID = "iotHub";
  private static final String ZONE_GROUP_NAME = "default";

  private PrivateEndpointPlanner() {}

  static void plan(PlanContext context, IotHubSpec hub, PlannedResource plannedHub,
      NetworkReferences networks, Optional<DnsZoneIds> zones) {
    for (PrivateEndpointSpec endpoint : hub.privateEndpoints()) {
      PlannedResource planned = context.add(PlannedResource.of(
          context.symbolicNames.allocate("privateEndpoint", endpoint.name()), ResourceType.PRIVATE_ENDPOINT,
          Value.of(endpoint.name()), body(context, hub, endpoint, plannedHub, networks)));
      zones.ifPresent(ids -> context.add(PlannedResource.child(
          context.symbolicNames.allocate("privateDnsZoneGroup", endpoint.name()), ResourceType.PRIVATE_DNS_ZONE_GROUP,
          planned, Value.of(ZONE_GROUP_NAME), zoneGroupBody(ids))));
    }
  }

  private static Obj body(PlanContext context, IotHubSpec hub, PrivateEndpointSpec endpoint,
      PlannedResource plannedHub, NetworkReferences networks) {
    Obj.Builder properties = Obj.builder()
        .put("subnet", Obj.builder().put("id", networks.subnetId(endpoint.subnet())).build());
    endpoint.customNetworkInterfaceName().ifPresent(nic -> properties.put("customNetworkInterfaceName", nic));
    endpoint.staticPrivateIpAddress().ifPresent(ip -> properties.put("ipConfigurations", Arr.of(Obj.builder()
        .put("name", endpoint.name() + "-" + IOT_HUB_GROUP_ID)
        .put("properties", Obj.builder()
            .put("groupId", IOT_HUB_GROUP_ID)
            .put("memberName", IOT_HUB_GROUP_ID)
            .put("privateIPAddress", ip)
            .build())
        .build())));
    properties.put("privateLinkServiceConnections", Arr.of(Obj.builder()
        .put("name", endpoint.name())
        .put("properties", Obj.builder()
            .put("privateLinkServiceId", plannedHub.id())
            .put("groupIds", Arr.of(Value.of(IOT_HUB_GROUP_ID)))
            .build())
        .build()));
    return context.bodyWith(context.locationOf(endpoint.region().or(hub::region)), endpoint.tags())
        .put("properties", properties.build())
        .build();
  }

  private static Obj zoneGroupBody(DnsZoneIds zones) {
    return Obj.builder()
        .put("properties", Obj.builder()
            .put("privateDnsZoneConfigs", Arr.of(
                zoneConfig(zones.iotHubZoneName(), zones.iotHubZoneId()),
                zoneConfig(zones.serviceBusZoneName(), zones.serviceBusZoneId())))
            .build())
        .build();
  }

  private static Obj zoneConfig(String zoneName, Value zoneId) {
    return Obj.builder()
        .put("name", zoneName.replace('.', '-'))
        .put("properties", Obj.builder().put("privateDnsZoneId", zoneId).build())
        .build();
  }
}
