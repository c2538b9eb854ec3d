package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.Capabilities;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.model.BuiltInEndpointSpec;
import io.iotnetwork.model.ConsumerGroupSpec;
import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.FallbackRouteSpec;
import io.iotnetwork.model.FileNotificationSpec;
import io.iotnetwork.model.FileUploadSpec;
import io.iotnetwork.model.FleetMembership;
import io.iotnetwork.model.HubIdentitySpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.ImportExportSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IpFilterSpec;
import io.iotnetwork.model.OutboundRestrictionSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.RouteSpec;
import io.iotnetwork.model.RoutingEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.UserAssignedIdentityRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds an IoT hub ({@code Microsoft.Devices/IotHubs}): ingress settings and egress. */
public final class IotHub implements IotHubStages.Blank, IotHubStages.WithOptions {
  private final String name;
  private final SourceLocation source;
  private Optional<Region> region = Optional.empty();
  private IotHubSku sku;
  private long units;
  private BuiltInEndpointSpec builtInEndpoint = BuiltInEndpointSpec.DEFAULT;
  private String minTlsVersion = "1.2";
  private boolean disableLocalAuth = true;
  private boolean disableDeviceSas;
  private boolean disableModuleSas;
  private PublicNetworkAccess publicNetworkAccess = PublicNetworkAccess.DISABLED;
  private boolean publicNetworkAccessSet;
  private Optional<IpFilterSpec> ipFilter = Optional.empty();
  private final List<PrivateEndpointSpec> privateEndpoints = new ArrayList<>();
  private final Map<String, String> tags = new TreeMap<>();
  private boolean systemAssignedIdentity;
  private final List<UserAssignedIdentityRef> userAssignedIdentities = new ArrayList<>();
  private final List<RoutingEndpointSpec> endpoints = new ArrayList<>();
  private final List<RouteSpec> routes = new ArrayList<>();
  private FallbackRouteSpec fallbackRoute = FallbackRouteSpec.DEFAULT;
  private Optional<FileUploadSpec> fileUpload = Optional.empty();
  private Optional<ImportExportSpec> importExport = Optional.empty();
  private Optional<OutboundRestrictionSpec> outbound = Optional.empty();
  private final HubSettingsBuilder settings = new HubSettingsBuilder();

  private Optional<FleetMembership> fleet = Optional.empty();

  private IotHub(String name, SourceLocation source) {
    this.name = requireNonNull(name, "name");
    this.source = source;
  }

  /** A hub generated from a fleet row. */
  static IotHubStages.Blank defineMember(String name, FleetMembership membership) {
    IotHub hub = new IotHub(name, Callers.location());
    hub.fleet = Optional.of(membership);
    return hub;
  }

  /** Starts a hub named {@code name}: 3-50 letters, digits and hyphens, globally unique. */
  public static IotHubStages.Blank define(String name) {
    return new IotHub(name, Callers.location());
  }

  /**
   * References a hub that exists already, in any resource group or subscription of the tenant, by its
   * full resource id, {@code /subscriptions/../resourceGroups/../providers/Microsoft.Devices/IotHubs/<name>}.
   * The template never deploys it: it can only be given private endpoints and egress preparation.
   */
  public static ExistingIotHubStages.Options existing(String resourceId) {
    return ExistingIotHubBuilder.byResourceId(requireNonNull(resourceId, "resourceId"), Callers.location());
  }

  /**
   * References a hub that exists already in resource group {@code resourceGroup} of the deployment's
   * subscription, by name. The template never deploys it: it can only be given private endpoints and
   * egress preparation.
   */
  public static ExistingIotHubStages.Options existing(String resourceGroup, String name) {
    return ExistingIotHubBuilder.byGroupAndName(requireNonNull(resourceGroup, "resourceGroup"),
        requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withSku(IotHubSku sku, int units) {
    this.sku = requireNonNull(sku, "sku");
    this.units = units;
    return this;
  }

  @Override
  public IotHubStages.WithOptions inRegion(Region region) {
    this.region = Optional.of(requireNonNull(region, "region"));
    return this;
  }

  @Override
  public IotHubStages.WithOptions withBuiltInEventHubEndpoint(int partitionCount, int retentionTimeInDays) {
    this.builtInEndpoint = new BuiltInEndpointSpec(partitionCount, retentionTimeInDays);
    return this;
  }

  @Override
  public IotHubStages.WithOptions withMinTlsVersion(String minTlsVersion) {
    this.minTlsVersion = requireNonNull(minTlsVersion, "minTlsVersion");
    return this;
  }

  @Override
  public IotHubStages.WithOptions withLocalAuth() {
    this.disableLocalAuth = false;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withoutDeviceSas() {
    this.disableDeviceSas = true;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withoutModuleSas() {
    this.disableModuleSas = true;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withPublicNetworkAccess(PublicNetworkAccess publicNetworkAccess) {
    this.publicNetworkAccess = requireNonNull(publicNetworkAccess, "publicNetworkAccess");
    this.publicNetworkAccessSet = true;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withoutPublicNetworkAccess() {
    return withPublicNetworkAccess(PublicNetworkAccess.DISABLED);
  }

  @Override
  public IotHubStages.IpFilter defineIpFilter(DefaultAction defaultAction) {
    return new IpFilterBuilder(this, requireNonNull(defaultAction, "defaultAction"), Callers.location());
  }

  @Override
  public IotHubStages.PrivateEndpointBlank<IotHubStages.WithOptions> definePrivateEndpoint(String name) {
    return new PrivateEndpointBuilder<>(endpoint -> {
      privateEndpoints.add(endpoint);
      return this;
    }, requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withTag(String name, String value) {
    tags.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return this;
  }

  @Override
  public IotHubStages.WithOptions withSystemAssignedIdentity() {
    this.systemAssignedIdentity = true;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withUserAssignedIdentity(UserAssignedIdentityRef identity) {
    userAssignedIdentities.add(requireNonNull(identity, "identity"));
    return this;
  }

  @Override
  public IotHubStages.RoutingEndpointBlank defineRoutingEndpoint(String name) {
    return new RoutingEndpointBuilder(this, requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public IotHubStages.RouteBlank defineRoute(String name) {
    return new RouteBuilder(this, requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withFallbackRouteCondition(String condition) {
    this.fallbackRoute = new FallbackRouteSpec(fallbackRoute.enabled(), requireNonNull(condition, "condition"),
        fallbackRoute.name(), fallbackRoute.endpointNames(), fallbackRoute.source());
    return this;
  }

  @Override
  public IotHubStages.WithOptions withFallbackRouteDisabled() {
    this.fallbackRoute = new FallbackRouteSpec(false, fallbackRoute.condition(), fallbackRoute.name(),
        fallbackRoute.endpointNames(), fallbackRoute.source());
    return this;
  }

  @Override
  public IotHubStages.FallbackRouteTarget defineFallbackRoute(String name) {
    return new FallbackRouteBuilder(this, requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withConsumerGroup(String name) {
    settings.addConsumerGroup(new ConsumerGroupSpec(requireNonNull(name, "name"), Callers.location()));
    return this;
  }

  @Override
  public IotHubStages.WithOptions withFileNotifications(Duration lockDuration, Duration timeToLive,
      int maxDeliveryCount) {
    settings.fileNotifications(new FileNotificationSpec(requireNonNull(lockDuration, "lockDuration"),
        requireNonNull(timeToLive, "timeToLive"), maxDeliveryCount));
    return this;
  }

  @Override
  public IotHubStages.WithOptions withFileUploadNotifications(boolean enabled) {
    settings.fileUploadNotifications(enabled);
    return this;
  }

  @Override
  public IotHubStages.FileUpload defineFileUpload(StorageAccountSpec storage, String container) {
    return new FileUploadBuilder(this, requireNonNull(storage, "storage"), requireNonNull(container, "container"),
        Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withImportExportStorage(StorageAccountSpec storage, String container) {
    return importExport(storage, container, EgressAuthentication.DEFAULT);
  }

  @Override
  public IotHubStages.WithOptions withImportExportStorage(StorageAccountSpec storage, String container,
      IdentityKind identity) {
    return importExport(storage, container, new EgressAuthentication(false, Optional.of(requireNonNull(identity, "identity"))));
  }

  private IotHubStages.WithOptions importExport(StorageAccountSpec storage, String container,
      EgressAuthentication authentication) {
    this.importExport = Optional.of(new ImportExportSpec(requireNonNull(storage, "storage"),
        requireNonNull(container, "container"), authentication, Callers.location()));
    return this;
  }

  @Override
  public IotHubStages.WithOptions withRestrictedOutboundNetworkAccess(String... extraAllowedFqdns) {
    this.outbound = Optional.of(new OutboundRestrictionSpec(Arguments.listOf("extraAllowedFqdns", extraAllowedFqdns),
        Callers.location()));
    return this;
  }

  @Override
  public IotHubStages.CloudToDevice defineCloudToDevice(int maxDeliveryCount, Duration defaultTimeToLive) {
    return new CloudToDeviceBuilder(this, settings, maxDeliveryCount,
        requireNonNull(defaultTimeToLive, "defaultTimeToLive"), Callers.location());
  }

  @Override
  public IotHubStages.EnrichmentBlank defineEnrichment(String key, String value) {
    return new EnrichmentBuilder(this, settings, requireNonNull(key, "key"), requireNonNull(value, "value"),
        Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withComments(String comments) {
    settings.comments(requireNonNull(comments, "comments"));
    return this;
  }

  @Override
  public IotHubStages.WithOptions withFeatures(Capabilities features) {
    settings.features(requireNonNull(features, "features"));
    return this;
  }

  @Override
  public IotHubStages.WithOptions withDataResidency(boolean enabled) {
    settings.dataResidency(enabled);
    return this;
  }

  @Override
  public IotHubSpec build() {
    HubIdentitySpec identity = new HubIdentitySpec(systemAssignedIdentity,
        userAssignedIdentities.stream().findFirst(),
        userAssignedIdentities.subList(Math.min(1, userAssignedIdentities.size()), userAssignedIdentities.size()));
    EgressSpec egress = new EgressSpec(identity,
        endpoints, routes, fallbackRoute, fileUpload, importExport, outbound);
    return new IotHubSpec(name, region, sku, units, builtInEndpoint, minTlsVersion,
        disableLocalAuth, disableDeviceSas, disableModuleSas, publicNetworkAccess, publicNetworkAccessSet, ipFilter,
        privateEndpoints, egress, settings.build(), tags, fleet, Optional.empty(), source);
  }

  void setIpFilter(IpFilterSpec filter) {
    this.ipFilter = Optional.of(filter);
  }

  void addRoutingEndpoint(RoutingEndpointSpec endpoint) {
    endpoints.add(endpoint);
  }

  void addRoute(RouteSpec route) {
    routes.add(route);
  }

  void setFallbackRoute(FallbackRouteSpec route) {
    this.fallbackRoute = route;
  }

  IotHubStages.CosmosDbEndpointOptions cosmosDbEndpoint(String name, String endpointUri, String databaseName,
      String containerName, SourceLocation location) {
    return new CosmosDbEndpointBuilder(this, settings, name, endpointUri, databaseName, containerName, location);
  }

  void setFileUpload(FileUploadSpec upload) {
    this.fileUpload = Optional.of(upload);
  }
}
