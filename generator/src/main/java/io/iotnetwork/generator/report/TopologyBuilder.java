package io.iotnetwork.generator.report;

import io.iotnetwork.generator.plan.EgressUse;
import io.iotnetwork.generator.plan.PrivateDnsZoneNames;
import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.DeclaredSubnet;
import io.iotnetwork.model.DeviceLocation;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.ExistingPrivateDnsZones;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SelfManagedDns;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.SubnetRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link Topology} of a definition from its spec and its posture. A definition of more
 * than {@value Posture#MAX_HUBS_LISTED} hubs draws each fleet's hubs of one region as one box (and
 * their private endpoints in one subnet as one box), with counts, so that the diagram stays readable;
 * the report's tables still list every hub.
 */
public final class TopologyBuilder {
  private final Map<String, Topology.Node> nodes = new LinkedHashMap<>();
  private final Map<Topology.Edge, Integer> edges = new LinkedHashMap<>();
  private final Map<String, List<Member>> groupMembers = new LinkedHashMap<>();

  /** A hub or private endpoint drawn in a group's box: its name and its own detail lines. */
  private record Member(String name, List<String> details) {}

  private TopologyBuilder() {}

  /** The topology of {@code spec}. */
  public static Topology of(IotNetworkSpec spec, Posture posture) {
    TopologyBuilder builder = new TopologyBuilder();
    builder.build(spec, posture);
    builder.groupMembers.forEach(builder::summarizeGroup);
    List<Topology.Node> ordered = builder.nodes.values().stream()
        .sorted(Comparator.comparingInt((Topology.Node node) -> node.kind().column())
            .thenComparingInt(node -> node.kind().ordinal()))
        .toList();
    List<Topology.Edge> edges = new ArrayList<>();
    builder.edges.forEach((edge, count) -> edges.add(count > 1 && !edge.label().isEmpty()
        && (builder.groupMembers.containsKey(edge.from()) || builder.groupMembers.containsKey(edge.to()))
        ? new Topology.Edge(edge.from(), edge.to(), edge.kind(), edge.label() + " (x" + count + ")") : edge));
    return new Topology(ordered, edges);
  }

  private void build(IotNetworkSpec spec, Posture posture) {
    Topology.Node internet = node("internet", Topology.NodeKind.INTERNET, "Internet",
        List.of("public endpoints: " + publicSummary(posture)));
    List<String> subnets = new ArrayList<>();
    boolean grouping = spec.iotHubs().size() > Posture.MAX_HUBS_LISTED;
    for (int i = 0; i < spec.iotHubs().size(); i++) {
      IotHubSpec hub = spec.iotHubs().get(i);
      HubPosture hubPosture = posture.hubs().get(i);
      String group = grouping ? hub.fleet().map(fleet -> fleet.fleet() + " in " + hub.regionOr(spec.region()).name())
          .orElse(null) : null;
      List<String> hubDetails = hub.isExisting()
          ? List.of(HubPosture.NOT_MANAGED, "identity: " + hubPosture.identities())
          : List.of(
              hub.sku() + " x" + hub.units() + ", TLS " + hub.minTlsVersion() + ", identity: " + hubPosture.identities(),
              "public endpoint: " + hubPosture.publicEndpoint().state().name().toLowerCase(Locale.ROOT),
              "built-in endpoint (Event Hubs-compatible): " + builtInEndpoint(hub, hubPosture));
      Topology.Node hubNode = group == null
          ? node("hub:" + hub.name(), Topology.NodeKind.HUB, "IoT hub " + hub.name()
              + (hub.isExisting() ? " (existing)" : ""), hubDetails)
          : member("hubs:" + group, Topology.NodeKind.HUB, "IoT hubs of fleet " + group, hub.name(), hubDetails);
      if (hubPosture.publicEndpoint().state() == PublicEndpoint.State.FILTERED
          || hubPosture.publicEndpoint().state() == PublicEndpoint.State.OPEN) {
        edge(internet, hubNode, publicKind(hubPosture.publicEndpoint()), hubPosture.publicEndpoint().describe());
      }
      for (PrivateEndpointSpec endpoint : hub.privateEndpoints()) {
        Topology.Node subnet = subnet(endpoint.subnet());
        subnets.add(subnet.id());
        Topology.Node endpointNode = group == null
            ? node("pe:" + endpoint.name(), Topology.NodeKind.PRIVATE_ENDPOINT, "Private endpoint " + endpoint.name(),
                List.of("sub-resource iotHub"))
            : member("pes:" + group + ":" + subnet.id(), Topology.NodeKind.PRIVATE_ENDPOINT,
                "Private endpoints of fleet " + group, endpoint.name(), List.of("sub-resource iotHub"));
        edge(subnet, endpointNode, Topology.EdgeKind.PRIVATE_LINK, "");
        edge(endpointNode, hubNode, Topology.EdgeKind.PRIVATE_LINK, "private link");
        dnsZones(spec).forEach(zone -> edge(endpointNode, zone, Topology.EdgeKind.DNS, "zone group"));
      }
      List<EgressUse> uses = EgressUse.of(hub);
      for (int u = 0; u < uses.size(); u++) {
        EgressUse use = uses.get(u);
        EgressPath path = hubPosture.egress().get(u);
        Topology.Node target = node("target:" + EgressSpec.key(use.target()), Topology.NodeKind.TARGET,
            path.targetKind() + " " + path.target(), List.of((path.created() ? "created" : "existing") + "; firewall: "
                + (use.target().firewall().restricted() ? "restricted" : "all networks")));
        edge(hubNode, target, Topology.EdgeKind.EGRESS, path.entity() + " · " + path.identity() + " · "
            + path.role() + " · " + firewallWords(use.target()));
      }
    }
    for (DeviceSiteSpec site : spec.deviceSites()) {
      sites(site, internet, subnets);
    }
  }

  private void sites(DeviceSiteSpec site, Topology.Node internet, List<String> subnets) {
    Topology.Node siteNode = node("site:" + site.name(), Topology.NodeKind.DEVICES, "Devices " + site.name(),
        List.of(site.location() == DeviceLocation.ON_PREMISES_NETWORK ? "on-premises network" : "wide-area network"));
    if (site.location() == DeviceLocation.WIDE_AREA_NETWORK) {
      edge(siteNode, internet, Topology.EdgeKind.DEVICE_PATH, "internet");
      return;
    }
    if (site.gateway().isEmpty()) {
      subnets.stream().distinct().forEach(subnet -> edge(siteNode, nodes.get(subnet), Topology.EdgeKind.DEVICE_PATH,
          "no gateway declared"));
      return;
    }
    String gatewayId = site.gateway().get().resourceId();
    Topology.Node gateway = node("gateway:" + gatewayId, Topology.NodeKind.GATEWAY,
        site.gateway().get().gatewayType() + " gateway " + leaf(gatewayId), List.of("existing"));
    edge(siteNode, gateway, Topology.EdgeKind.DEVICE_PATH, site.gateway().get().gatewayType().toString());
    subnets.stream().distinct().forEach(subnet -> edge(gateway, nodes.get(subnet), Topology.EdgeKind.DEVICE_PATH, ""));
  }

  private Topology.Node subnet(SubnetRef subnet) {
    String network = subnet.virtualNetwork().name();
    String detail = subnet instanceof DeclaredSubnet declared
        ? "declared " + declared.virtualNetwork().findSubnet(declared.subnetName()).map(s -> s.addressPrefix()).orElse("")
        : "existing";
    return node("subnet:" + network + "/" + subnet.subnetName(), Topology.NodeKind.SUBNET,
        "Subnet " + network + "/" + subnet.subnetName(), List.of(detail));
  }

  private List<Topology.Node> dnsZones(IotNetworkSpec spec) {
    if (spec.privateDns() instanceof SelfManagedDns) {
      return List.of(node("zone:self-managed", Topology.NodeKind.DNS_ZONE, "Own DNS", List.of("not managed here")));
    }
    List<String> names;
    String detail;
    if (spec.privateDns() instanceof ExistingPrivateDnsZones existing) {
      names = List.of(leaf(existing.iotHubZoneId()), leaf(existing.serviceBusZoneId()));
      detail = existing.linkNetworks() ? "existing, linked by this template" : "existing, linked by its owner";
    } else {
      PrivateDnsZoneNames zones = PrivateDnsZoneNames.of(spec.cloud()).orElseThrow();
      names = List.of(zones.iotHubZone(), zones.serviceBusZone());
      detail = "created, linked";
    }
    return names.stream().map(name -> node("zone:" + name, Topology.NodeKind.DNS_ZONE, "DNS " + name,
        List.of(detail))).toList();
  }

  private static String firewallWords(EgressTarget target) {
    if (!target.firewall().restricted()) {
      return "all networks";
    }
    return target instanceof StorageAccountSpec && !target.created()
        ? "firewall unverified" : "trusted services";
  }

  private static String builtInEndpoint(IotHubSpec hub, HubPosture posture) {
    String privately = hub.privateEndpoints().isEmpty() ? "" : "private link";
    return switch (posture.publicEndpoint().state()) {
      case CLOSED -> privately.isEmpty() ? "unreachable" : "private link only";
      case FILTERED -> (posture.publicEndpoint().builtInEndpointCovered() ? "filtered" : "PUBLIC")
          + (privately.isEmpty() ? "" : " + " + privately);
      case OPEN -> "PUBLIC" + (privately.isEmpty() ? "" : " + " + privately);
      case UNMANAGED -> HubPosture.NOT_MANAGED;
    };
  }

  private static Topology.EdgeKind publicKind(PublicEndpoint endpoint) {
    return endpoint.state() == PublicEndpoint.State.OPEN ? Topology.EdgeKind.PUBLIC_OPEN
        : Topology.EdgeKind.PUBLIC_FILTERED;
  }

  /** {@code 2 closed, 1 filtered}: closed endpoints get no line, so the Internet box counts them. */
  private static String publicSummary(Posture posture) {
    Map<PublicEndpoint.State, Long> counts = new EnumMap<>(PublicEndpoint.State.class);
    posture.hubs().forEach(hub -> counts.merge(hub.publicEndpoint().state(), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((state, count) -> parts.add(count + " " + state.name().toLowerCase(Locale.ROOT)));
    return String.join(", ", parts);
  }

  private Topology.Node node(String id, Topology.NodeKind kind, String title, List<String> details) {
    return nodes.computeIfAbsent(id, key -> new Topology.Node(key, kind, title, details));
  }

  /** The box of group {@code id}, with {@code name} added to its members. */
  private Topology.Node member(String id, Topology.NodeKind kind, String title, String name, List<String> details) {
    groupMembers.computeIfAbsent(id, key -> new ArrayList<>()).add(new Member(name, details));
    return node(id, kind, title, details);
  }

  /** Titles group {@code id}'s box with its count and names, and keeps the detail lines all members share. */
  private void summarizeGroup(String id, List<Member> members) {
    Topology.Node node = nodes.get(id);
    List<String> details = new ArrayList<>();
    details.add(members.size() == 1 ? members.get(0).name()
        : members.get(0).name() + " ... " + members.get(members.size() - 1).name());
    List<String> first = members.get(0).details();
    for (int line = 0; line < first.size(); line++) {
      int index = line;
      boolean shared = members.stream().allMatch(m -> m.details().size() > index
          && m.details().get(index).equals(first.get(index)));
      details.add(shared ? first.get(line) : "(differs between them: see the tables)");
    }
    nodes.put(id, new Topology.Node(id, node.kind(), node.title() + " (" + members.size() + ")",
        details.stream().distinct().toList()));
  }

  /** Counts repeated edges: at a group's box they stand for one line per member. */
  private void edge(Topology.Node from, Topology.Node to, Topology.EdgeKind kind, String label) {
    edges.merge(new Topology.Edge(from.id(), to.id(), kind, label), 1, Integer::sum);
  }

  private static String leaf(String resourceId) {
    return AzureResourceId.parse(resourceId).map(AzureResourceId::leafName).orElse(resourceId);
  }
}
