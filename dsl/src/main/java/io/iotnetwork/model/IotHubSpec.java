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
 * @param settings             properties written only when stated: cloud-to-device, enrichments, comments,
 *                             features, data residency
 * @param tags                 the hub's own tags, merged over the network's
 * @param fleet                the fleet row the hub was generated from, if any
 * @param existing             where the hub lives when it exists already and the template only references it;
 *                             empty for a hub the template deploys. An existing hub's SKU, ingress settings,
 *                             routing and tags are never written: it keeps the values of {@link #existing(String,
 *                             ExistingIotHub, Optional, List, EgressSpec, SourceLocation)}
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
    HubSettingsSpec settings,
    Map<String, String> tags,
    Optional<FleetMembership> fleet,
    Optional<ExistingIotHub> existing,
    SourceLocation source) {

  /** The SKU an existing hub's record holds: a placeholder, never written. */
  public static final IotHubSku EXISTING_SKU = IotHubSku.S1;
  /** The units an existing hub's record holds: a placeholder, never written. */
  public static final long EXISTING_UNITS = 1;
  /** The TLS version an existing hub's record holds: a placeholder, never written. */
  public static final String EXISTING_MIN_TLS_VERSION = "1.2";

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
    requireNonNull(settings);
    tags = Tags.copyOf(tags);
    requireNonNull(fleet);
    requireNonNull(existing);
    requireNonNull(source);
  }

  /** A hub that states none of the {@link HubSettingsSpec} properties. */
  public IotHubSpec(String name, Optional<Region> region, IotHubSku sku, long units, BuiltInEndpointSpec builtInEndpoint,
      String minTlsVersion, boolean disableLocalAuth, boolean disableDeviceSas, boolean disableModuleSas,
      PublicNetworkAccess publicNetworkAccess, boolean publicNetworkAccessSet, Optional<IpFilterSpec> ipFilter,
      List<PrivateEndpointSpec> privateEndpoints, EgressSpec egress, Map<String, String> tags,
      Optional<FleetMembership> fleet, Optional<ExistingIotHub> existing, SourceLocation source) {
    this(name, region, sku, units, builtInEndpoint, minTlsVersion, disableLocalAuth, disableDeviceSas, disableModuleSas,
        publicNetworkAccess, publicNetworkAccessSet, ipFilter, privateEndpoints, egress, HubSettingsSpec.NONE, tags,
        fleet, existing, source);
  }

  /**
   * An existing hub named {@code name}: its private endpoints and egress preparation; every setting that
   * only the hub's own PUT could apply holds a placeholder the template never writes.
   */
  public static IotHubSpec existing(String name, ExistingIotHub where, Optional<Region> region,
      List<PrivateEndpointSpec> privateEndpoints, EgressSpec egress, SourceLocation source) {
    requireNonNull(name, "name");
    requireNonNull(where, "where");
    requireNonNull(region, "region");
    requireNonNull(privateEndpoints, "privateEndpoints").forEach(endpoint -> requireNonNull(endpoint, "privateEndpoints[..]"));
    requireNonNull(egress, "egress");
    requireNonNull(source, "source");
    return new IotHubSpec(name, region, EXISTING_SKU, EXISTING_UNITS, BuiltInEndpointSpec.DEFAULT,
        EXISTING_MIN_TLS_VERSION, true, false, false, PublicNetworkAccess.DISABLED, false, Optional.empty(), privateEndpoints,
        egress, HubSettingsSpec.NONE, Map.of(), Optional.empty(), Optional.of(where), source);
  }

  /** True when the hub exists already: the template references it and never deploys it. */
  public boolean isExisting() {
    return existing.isPresent();
  }

  /** The hub's region, or {@code networkRegion} when it names none. */
  public Region regionOr(Region networkRegion) {
    return region.orElseGet(() -> requireNonNull(networkRegion, "networkRegion"));
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
