package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hub's private endpoints in the same export ({@code definePrivateEndpoint(..)}: subnet, NIC name,
 * static address, region, tags) and their DNS ({@code withPrivateDns(..)}): new zones when the export
 * holds them, existing zones by id, self-managed when an endpoint has no zone group. The hub's own
 * {@code privateEndpointConnections} are written by the Network resource provider, so the definition
 * leaves them out.
 */
final class PrivateEndpointsGroup implements PropertyGroup {
  private static final String ENDPOINT_TYPE = "Microsoft.Network/privateEndpoints";
  private static final String ZONE_GROUP_TYPE = "Microsoft.Network/privateEndpoints/privateDnsZoneGroups";
  private static final String ZONE_TYPE = "Microsoft.Network/privateDnsZones";
  private static final String NETWORK_TYPE = "Microsoft.Network/virtualNetworks";
  private final Map<String, String> networks = new HashMap<>();

  @Override
  public void adopt(AdoptionContext context) {
    context.take("properties", "privateEndpointConnections").ifPresent(connections -> context.note(
        AdoptionNote.Kind.NOT_RESTATED, "$.properties.privateEndpointConnections", "the hub's private endpoint"
            + " connections (" + connections.size() + ") are written by the Network resource provider for each private"
            + " endpoint; the definition states the endpoints the export holds"));
    List<ExportedResource> endpoints = new ArrayList<>();
    for (ExportedResource endpoint : context.resources(ENDPOINT_TYPE)) {
      if (targetsHub(endpoint, context.hub.name()) && endpoint(context, endpoint)) {
        endpoints.add(endpoint);
      }
    }
    if (!endpoints.isEmpty()) {
      dns(context, endpoints);
    }
  }

  private static boolean targetsHub(ExportedResource endpoint, String hub) {
    JsonNode properties = endpoint.body().path("properties");
    List<JsonNode> connections = new ArrayList<>();
    properties.path("privateLinkServiceConnections").forEach(connections::add);
    properties.path("manualPrivateLinkServiceConnections").forEach(connections::add);
    return connections.stream().map(connection -> connection.path("properties").path("privateLinkServiceId").asText())
        .flatMap(id -> ArmReference.parse(id).stream())
        .anyMatch(reference -> reference.isA(ExportReadResult.HUB_TYPE) && reference.leafName().equalsIgnoreCase(hub));
  }

  private boolean endpoint(AdoptionContext context, ExportedResource endpoint) {
    JsonNode properties = endpoint.body().path("properties");
    Optional<JavaCode> subnet = subnet(context, properties.path("subnet").path("id").asText());
    if (subnet.isEmpty()) {
      context.note(AdoptionNote.Kind.UNEXPRESSED, endpoint.source() + ".properties.subnet.id", "private endpoint '"
          + endpoint.name() + "' names its subnet as " + properties.path("subnet").path("id") + ", which is neither a"
          + " resource id nor resourceId(..) with a resource group; add it by hand with .definePrivateEndpoint(..)");
      return false;
    }
    context.hubCall("definePrivateEndpoint", JavaCode.string(endpoint.name()));
    context.childCall("inSubnet", subnet.get());
    String location = endpoint.body().path("location").asText();
    if (!location.isEmpty() && !location.equalsIgnoreCase(context.hub.body().path("location").asText())) {
      context.childCall("inRegion", JavaCode.region(location));
    }
    if (properties.path("customNetworkInterfaceName").isTextual()) {
      context.childCall("withCustomNetworkInterfaceName", JavaCode.string(properties.get("customNetworkInterfaceName").asText()));
    }
    for (JsonNode configuration : properties.path("ipConfigurations")) {
      JsonNode address = configuration.path("properties").path("privateIPAddress");
      if (configuration.path("properties").path("memberName").asText().equalsIgnoreCase("iotHub") && address.isTextual()) {
        context.childCall("withStaticPrivateIpAddress", JavaCode.string(address.asText()));
      }
    }
    endpoint.body().path("tags").fields().forEachRemaining(tag -> context.childCall("withTag",
        JavaCode.string(tag.getKey()), JavaCode.string(tag.getValue().asText())));
    context.childCall("attach");
    return true;
  }

  private Optional<JavaCode> subnet(AdoptionContext context, String id) {
    Optional<ArmReference> reference = ArmReference.parse(id).filter(ref -> ref.isA("Microsoft.Network/virtualNetworks/subnets"));
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    if (reference.get().literalId().isPresent()) {
      return Optional.of(JavaCode.call(Subnet.class, "existing", JavaCode.string(id)));
    }
    List<String> names = reference.get().names();
    Optional<ExportedResource> declared = reference.get().resourceGroup().isPresent() ? Optional.empty()
        : context.resources(NETWORK_TYPE).stream().filter(network -> network.name().equalsIgnoreCase(names.get(0))).findFirst();
    if (declared.isPresent() && names.size() == 2) {
      return Optional.of(new JavaCode(network(context, declared.get()) + ".subnet(" + JavaCode.string(names.get(1)).text() + ")"));
    }
    Optional<String> group = reference.get().resourceGroup().or(context.hub.scope()::resourceGroup);
    return group.filter(known -> names.size() == 2).map(known -> JavaCode.call(Subnet.class, "existing",
        JavaCode.string(known), JavaCode.string(names.get(0)), JavaCode.string(names.get(1))));
  }

  /** The variable of a network the export declares, declared on first use with its address space and subnets. */
  private String network(AdoptionContext context, ExportedResource network) {
    return networks.computeIfAbsent(network.name().toLowerCase(Locale.ROOT), key -> {
      String variable = context.variables.forResource(network.name());
      JsonNode properties = network.body().path("properties");
      List<JavaCode> prefixes = new ArrayList<>();
      properties.path("addressSpace").path("addressPrefixes").forEach(prefix -> prefixes.add(JavaCode.string(prefix.asText())));
      List<DslCall> calls = new ArrayList<>(List.of(new DslCall(0, "withAddressSpace", prefixes)));
      for (JsonNode subnet : properties.path("subnets")) {
        calls.add(new DslCall(0, "withSubnet", List.of(JavaCode.string(subnet.path("name").asText()),
            JavaCode.string(subnet.path("properties").path("addressPrefix").asText()))));
      }
      String location = network.body().path("location").asText();
      if (!location.isEmpty() && !location.equalsIgnoreCase(context.hub.body().path("location").asText())) {
        calls.add(new DslCall(0, "inRegion", List.of(JavaCode.region(location))));
      }
      calls.add(new DslCall(0, "build", List.of()));
      context.declare(new TargetDeclaration(variable, VirtualNetworkSpec.class,
          JavaCode.call(VirtualNetwork.class, "define", JavaCode.string(network.name())), calls,
          List.of("Declared by the template, as in the export (" + network.source() + "): address space and subnets.")));
      return variable;
    });
  }

  private static void dns(AdoptionContext context, List<ExportedResource> endpoints) {
    List<String> zoneIds = new ArrayList<>();
    boolean everyEndpointHasAGroup = true;
    for (ExportedResource endpoint : endpoints) {
      List<ExportedResource> groups = context.resources(ZONE_GROUP_TYPE).stream()
          .filter(group -> group.name().toLowerCase(Locale.ROOT).startsWith(endpoint.name().toLowerCase(Locale.ROOT) + "/"))
          .toList();
      everyEndpointHasAGroup &= !groups.isEmpty();
      groups.forEach(group -> group.body().path("properties").path("privateDnsZoneConfigs").forEach(config ->
          zoneIds.add(config.path("properties").path("privateDnsZoneId").asText())));
    }
    if (!everyEndpointHasAGroup || zoneIds.isEmpty()) {
      context.networkCall("withPrivateDns", JavaCode.call(PrivateDns.class, "selfManaged"));
      context.note(AdoptionNote.Kind.NOT_RESTATED, endpoints.get(0).source(), "a private endpoint of the hub has no"
          + " private DNS zone group in the export; the definition says PrivateDns.selfManaged()");
      return;
    }
    Optional<String> hubZone = zone(zoneIds, "privatelink.azure-devices");
    Optional<String> busZone = zone(zoneIds, "privatelink.servicebus");
    boolean literal = hubZone.isPresent() && busZone.isPresent() && hubZone.get().startsWith("/") && busZone.get().startsWith("/")
        && context.resources(ZONE_TYPE).isEmpty();
    if (literal) {
      context.networkCall("withPrivateDns", JavaCode.call(PrivateDns.class, "existingZones",
          JavaCode.string(hubZone.get()), JavaCode.string(busZone.get())));
    } else {
      context.networkCall("withPrivateDns", JavaCode.call(PrivateDns.class, "newZones"));
    }
  }

  private static Optional<String> zone(List<String> ids, String prefix) {
    return ids.stream().filter(id -> ArmReference.parse(id).map(ArmReference::leafName).orElse("")
        .toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst();
  }
}
