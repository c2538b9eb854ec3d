package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One network definition: the IoT hubs of a deployment, how they are reached privately and by
 * whom. It compiles into one ARM template and one Bicep file.
 *
 * @param id           stable id of the definition; names the output folder and the artifact classifier
 * @param region       default region of every resource that names none; the template's {@code location} parameter
 * @param cloud        the Azure cloud deployed to; decides the private DNS zone names
 * @param tags         tags applied to every resource the template creates
 * @param iotHubs      the hubs
 * @param privateDns   how the private endpoints' names resolve
 * @param deviceSites  where devices live and how they reach the virtual network
 * @param source       where the definition was declared
 */
public record IotNetworkSpec(
    String id,
    Region region,
    AzureEnvironment cloud,
    Map<String, String> tags,
    List<IotHubSpec> iotHubs,
    PrivateDnsSpec privateDns,
    List<DeviceSiteSpec> deviceSites,
    SourceLocation source) {

  public IotNetworkSpec {
    requireNonNull(id);
    requireNonNull(region);
    requireNonNull(cloud);
    tags = Tags.copyOf(tags);
    iotHubs = List.copyOf(iotHubs);
    requireNonNull(privateDns);
    deviceSites = List.copyOf(deviceSites);
    requireNonNull(source);
  }

  /**
   * Every virtual network the definition declares (for private endpoints' subnets and for extra
   * DNS links), in the order it names them, each distinct declaration once.
   */
  public List<VirtualNetworkSpec> declaredVirtualNetworks() {
    Stream<VirtualNetworkSpec> endpointNetworks = iotHubs.stream()
        .flatMap(hub -> hub.privateEndpoints().stream())
        .map(endpoint -> endpoint.subnet())
        .filter(DeclaredSubnet.class::isInstance)
        .map(subnet -> ((DeclaredSubnet) subnet).virtualNetwork());
    Stream<VirtualNetworkSpec> linkedNetworks = extraDnsLinks().stream()
        .filter(VirtualNetworkSpec.class::isInstance).map(VirtualNetworkSpec.class::cast);
    return Stream.concat(endpointNetworks, linkedNetworks).distinct().toList();
  }

  /** True when any hub has a private endpoint, i.e. when private DNS zones have records to hold. */
  public boolean hasPrivateEndpoints() {
    return iotHubs.stream().anyMatch(hub -> !hub.privateEndpoints().isEmpty());
  }

  /** The networks the private DNS zones are linked to besides the private endpoints' networks. */
  public List<VirtualNetworkRef> extraDnsLinks() {
    if (privateDns instanceof NewPrivateDnsZones zones) {
      return zones.extraLinks();
    }
    return privateDns instanceof ExistingPrivateDnsZones zones && zones.linkNetworks() ? zones.extraLinks() : List.of();
  }

  /**
   * Every egress target the hubs send to, each once (by kind and name), in the order first named.
   * Two hubs naming the same target share it.
   */
  public List<EgressTarget> egressTargets() {
    Map<String, EgressTarget> byKey = new LinkedHashMap<>();
    iotHubs.forEach(hub -> hub.egress().targets().forEach(target -> byKey.putIfAbsent(EgressSpec.key(target), target)));
    return new ArrayList<>(byKey.values());
  }

  /** The DSL path of this definition in diagnostics: {@code network[<id>]}. */
  public String path() {
    return "network[" + id + "]";
  }
}
