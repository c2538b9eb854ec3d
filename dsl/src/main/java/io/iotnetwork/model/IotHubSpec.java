package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An IoT hub ({@code Microsoft.Devices/IotHubs}) and its ingress settings.
 *
 * @param name                 the hub name, globally unique; also its host name {@code <name>.azure-devices.net}
 * @param region               the hub's region; empty means the network's region
 * @param sku                  {@code sku.name}
 * @param units                {@code sku.capacity}
 * @param builtInEndpoint      {@code properties.eventHubEndpoints.events}
 * @param minTlsVersion        {@code properties.minTlsVersion}
 * @param disableLocalAuth     {@code properties.disableLocalAuth}: no hub-scoped shared access policies
 * @param disableDeviceSas     {@code properties.disableDeviceSAS}
 * @param disableModuleSas     {@code properties.disableModuleSAS}
 * @param publicNetworkAccess  {@code properties.publicNetworkAccess}
 * @param publicNetworkAccessSet true when the definition set it ({@code withPublicNetworkAccess(..)} or
 *                             {@code withoutPublicNetworkAccess()}), false when it kept the default
 * @param ipFilter             {@code properties.networkRuleSets}; empty means no IP filter
 * @param privateEndpoints     the hub's private endpoints (sub-resource {@code iotHub})
 * @param egress               identity, routing, file upload, import/export and outbound restriction
 * @param tags                 the hub's own tags, merged over the network's
 * @param fleet                the fleet row the hub was generated from, if any
 * @param source               where the hub was declared
 */
public record IotHubSpec(
    String name,
    Optional<Region> region,
    IotHubSku sku,
    long units,
    BuiltInEndpointSpec builtInEndpoint,
    String minTlsVersion,
    boolean disableLocalAuth,
    boolean disableDeviceSas,
    boolean disableModuleSas,
    PublicNetworkAccess publicNetworkAccess,
    boolean publicNetworkAccessSet,
    Optional<IpFilterSpec> ipFilter,
    List<PrivateEndpointSpec> privateEndpoints,
    EgressSpec egress,
    Map<String, String> tags,
    Optional<FleetMembership> fleet,
    SourceLocation source) {

  public IotHubSpec {
    requireNonNull(name);
    requireNonNull(region);
    requireNonNull(sku);
    requireNonNull(builtInEndpoint);
    requireNonNull(minTlsVersion);
    requireNonNull(publicNetworkAccess);
    requireNonNull(ipFilter);
    privateEndpoints = List.copyOf(privateEndpoints);
    requireNonNull(egress);
    tags = Tags.copyOf(tags);
    requireNonNull(fleet);
    requireNonNull(source);
  }

  /** The hub's region, or {@code networkRegion} when it names none. */
  public Region regionOr(Region networkRegion) {
    return region.orElse(networkRegion);
  }

  /** True when {@code properties.publicNetworkAccess} is {@code Disabled}. */
  public boolean publicAccessDisabled() {
    return PublicNetworkAccess.DISABLED.equals(publicNetworkAccess);
  }

  /**
   * The DSL path of this hub in diagnostics: {@code iotHub[<name>]}, behind its fleet row for a
   * fleet member ({@code fleet[plants][12 amsterdam/westeurope].iotHub[<name>]}).
   */
  public String path() {
    return fleet.map(member -> member.path() + ".").orElse("") + "iotHub[" + name + "]";
  }
}
