package io.iotnetwork.generator.plan;

import com.azure.resourcemanager.iothub.models.ArmIdentity;
import com.azure.resourcemanager.iothub.models.AuthenticationType;
import com.azure.resourcemanager.iothub.models.CloudToDeviceProperties;
import com.azure.resourcemanager.iothub.models.EnrichmentProperties;
import com.azure.resourcemanager.iothub.models.EventHubProperties;
import com.azure.resourcemanager.iothub.models.FallbackRouteProperties;
import com.azure.resourcemanager.iothub.models.FeedbackProperties;
import com.azure.resourcemanager.iothub.models.IotHubProperties;
import com.azure.resourcemanager.iothub.models.IotHubSkuInfo;
import com.azure.resourcemanager.iothub.models.ManagedIdentity;
import com.azure.resourcemanager.iothub.models.MessagingEndpointProperties;
import com.azure.resourcemanager.iothub.models.NetworkRuleIpAction;
import com.azure.resourcemanager.iothub.models.NetworkRuleSetIpRule;
import com.azure.resourcemanager.iothub.models.NetworkRuleSetProperties;
import com.azure.resourcemanager.iothub.models.ResourceIdentityType;
import com.azure.resourcemanager.iothub.models.RouteProperties;
import com.azure.resourcemanager.iothub.models.RoutingProperties;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.azure.resourcemanager.iothub.models.StorageEndpointProperties;
import io.iotnetwork.model.CloudToDeviceSpec;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EnrichmentSpec;
import io.iotnetwork.model.FallbackRouteSpec;
import io.iotnetwork.model.FileNotificationSpec;
import io.iotnetwork.model.FileUploadSpec;
import io.iotnetwork.model.HubSettingsSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IpFilterSpec;
import io.iotnetwork.model.RouteSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body of an IoT hub ({@code Microsoft.Devices/IotHubs}): {@code location}, {@code tags},
 * {@code sku}, {@code identity} and {@code properties}, with the ARM property names of the
 * azure-resourcemanager-iothub model classes. PUT replaces the whole hub, so it is always complete:
 * the built-in endpoint ({@code eventHubEndpoints.events}) and an explicit fallback route.
 */
final class HubBody {
  /** The built-in Event Hubs-compatible endpoint, the only key {@code eventHubEndpoints} allows. */
  static final String BUILT_IN_ENDPOINT = "events";
  /** The one key {@code messagingEndpoints} allows. */
  private static final String FILE_NOTIFICATIONS = "fileNotifications";

  /**
   * Values that differ between the main template and the hub's module.
   *
   * @param location                the hub's location
   * @param userAssignedIdentityId  the id of the hub's (first) user-assigned identity, if it has one
   * @param connectionStrings       secure connection strings and keys of key-based egress, by use path
   * @param moreUserAssignedIdentityIds the ids of the hub's further user-assigned identities
   */
  record Inputs(Value location, Optional<Value> userAssignedIdentityId, Map<String, Value> connectionStrings,
      List<Value> moreUserAssignedIdentityIds) {}

  private HubBody() {}

  /**
   * The hub's body. Without {@code withEgress} it leaves out what needs role assignments first:
   * custom endpoints, the routes to them, and file upload (the first of the two PUTs, facts §6).
   */
  static Obj of(PlanContext context, IotHubSpec hub, Inputs inputs, boolean withEgress) {
    Placeholders placeholders = new Placeholders();
    Obj.Builder body = context.bodyWith(inputs.location(), hub.tags())
        .put("sku", SdkModels.toObj(new IotHubSkuInfo().withName(hub.sku()).withCapacity(hub.units())));
    identity(hub, inputs, placeholders).ifPresent(identity -> body.put("identity", identity));
    IotHubProperties properties = base(hub);
    properties.withRouting(routing(context, hub, inputs, placeholders, withEgress));
    if (withEgress) {
      hub.egress().fileUpload().ifPresent(upload -> fileUpload(context, hub, properties, upload, inputs, placeholders));
    }
    hub.egress().outbound().ifPresent(outbound -> properties.withRestrictOutboundNetworkAccess(true)
        .withAllowedFqdnList(allowedFqdns(context, hub, outbound.extraAllowedFqdns(), placeholders)));
    Obj written = SdkModels.toObj(properties, placeholders);
    if (withEgress) {
      written = CosmosDbEndpointBodies.addTo(written, hub, inputs);
    }
    return body.put("properties", dataResidency(hub.settings(), written)).build();
  }

  /** {@code enableDataResidency}, which the SDK model lacks, after the SDK's properties, when stated. */
  private static Obj dataResidency(HubSettingsSpec settings, Obj properties) {
    return settings.enableDataResidency().map(enabled -> properties.with("enableDataResidency", Value.of(enabled)))
        .orElse(properties);
  }

  private static IotHubProperties base(IotHubSpec hub) {
    IotHubProperties properties = new IotHubProperties()
        .withDisableLocalAuth(hub.disableLocalAuth())
        .withDisableDeviceSas(hub.disableDeviceSas())
        .withDisableModuleSas(hub.disableModuleSas())
        .withPublicNetworkAccess(hub.publicNetworkAccess())
        .withMinTlsVersion(hub.minTlsVersion())
        .withEventHubEndpoints(Map.of(BUILT_IN_ENDPOINT, new EventHubProperties()
            .withPartitionCount(hub.builtInEndpoint().partitionCount())
            .withRetentionTimeInDays(hub.builtInEndpoint().retentionTimeInDays())));
    hub.ipFilter().ifPresent(filter -> properties.withNetworkRuleSets(networkRuleSets(filter)));
    HubSettingsSpec settings = hub.settings();
    settings.cloudToDevice().ifPresent(messages -> properties.withCloudToDevice(cloudToDevice(messages)));
    settings.comments().ifPresent(properties::withComments);
    settings.features().ifPresent(properties::withFeatures);
    settings.enableFileUploadNotifications().ifPresent(properties::withEnableFileUploadNotifications);
    settings.fileNotifications().ifPresent(notifications -> properties.withMessagingEndpoints(Map.of(
        FILE_NOTIFICATIONS, fileNotifications(notifications))));
    return properties;
  }

  private static CloudToDeviceProperties cloudToDevice(CloudToDeviceSpec messages) {
    CloudToDeviceProperties properties = new CloudToDeviceProperties()
        .withMaxDeliveryCount(messages.maxDeliveryCount())
        .withDefaultTtlAsIso8601(messages.defaultTtl());
    messages.feedback().ifPresent(feedback -> properties.withFeedback(new FeedbackProperties()
        .withLockDurationAsIso8601(feedback.lockDuration())
        .withTtlAsIso8601(feedback.timeToLive())
        .withMaxDeliveryCount(feedback.maxDeliveryCount())));
    return properties;
  }

  private static NetworkRuleSetProperties networkRuleSets(IpFilterSpec filter) {
    return new NetworkRuleSetProperties()
        .withDefaultAction(filter.defaultAction())
        .withApplyToBuiltInEventHubEndpoint(filter.applyToBuiltInEventHubEndpoint())
        .withIpRules(filter.rules().stream()
            .map(rule -> new NetworkRuleSetIpRule()
                .withFilterName(rule.filterName())
                .withAction(NetworkRuleIpAction.ALLOW)
                .withIpMask(rule.ipMask()))
            .toList());
  }

  private static Optional<Value> identity(IotHubSpec hub, Inputs inputs, Placeholders placeholders) {
    boolean system = hub.egress().identity().systemAssigned();
    if (inputs.userAssignedIdentityId().isEmpty()) {
      return system ? Optional.of(SdkModels.toObj(new ArmIdentity().withType(ResourceIdentityType.SYSTEM_ASSIGNED)))
          : Optional.empty();
    }
    ResourceIdentityType type = system ? ResourceIdentityType.SYSTEM_ASSIGNED_USER_ASSIGNED
        : ResourceIdentityType.USER_ASSIGNED;
    List<KeyedObj.Entry> identities = new ArrayList<>();
    identities.add(new KeyedObj.Entry(inputs.userAssignedIdentityId().get(), Obj.empty()));
    inputs.moreUserAssignedIdentityIds().forEach(id -> identities.add(new KeyedObj.Entry(id, Obj.empty())));
    return Optional.of(SdkModels.toObj(new ArmIdentity().withType(type)).with("userAssignedIdentities",
        new KeyedObj(identities)));
  }

  private static RoutingProperties routing(PlanContext context, IotHubSpec hub, Inputs inputs,
      Placeholders placeholders, boolean withEgress) {
    EgressSpec egress = hub.egress();
    List<RouteProperties> routes = new ArrayList<>();
    for (RouteSpec route : egress.routes()) {
      if (withEgress || route.endpointName().equals(BUILT_IN_ENDPOINT)) {
        routes.add(new RouteProperties().withName(route.name()).withSource(route.source())
            .withCondition(route.condition()).withEndpointNames(List.of(route.endpointName()))
            .withIsEnabled(route.enabled()));
      }
    }
    FallbackRouteSpec fallback = egress.fallbackRoute();
    RoutingProperties routing = new RoutingProperties()
        .withRoutes(routes)
        .withFallbackRoute(new FallbackRouteProperties()
            .withName(fallback.name())
            .withSource(RoutingSource.DEVICE_MESSAGES)
            .withCondition(fallback.condition())
            .withEndpointNames(fallbackEndpoints(fallback, withEgress))
            .withIsEnabled(fallback.enabled()));
    if (withEgress && !egress.endpoints().isEmpty()) {
      routing.withEndpoints(RoutingEndpointBodies.of(context, hub, inputs, placeholders));
    }
    List<EnrichmentProperties> enrichments = enrichments(hub.settings(), withEgress);
    if (!enrichments.isEmpty()) {
      routing.withEnrichments(enrichments);
    }
    return routing;
  }

  /**
   * The fallback route's endpoints; a put without egress has no custom endpoint yet, so its fallback route
   * sends to {@code events} until the complete put.
   */
  private static List<String> fallbackEndpoints(FallbackRouteSpec fallback, boolean withEgress) {
    boolean builtInOnly = fallback.endpointNames().stream().allMatch(BUILT_IN_ENDPOINT::equals);
    return withEgress || builtInOnly ? fallback.endpointNames() : List.of(BUILT_IN_ENDPOINT);
  }

  private static MessagingEndpointProperties fileNotifications(FileNotificationSpec notifications) {
    return new MessagingEndpointProperties()
        .withLockDurationAsIso8601(notifications.lockDuration())
        .withTtlAsIso8601(notifications.timeToLive())
        .withMaxDeliveryCount(notifications.maxDeliveryCount());
  }

  /**
   * The enrichments, each naming only endpoints this PUT writes: without egress, the custom endpoints are
   * not there yet and naming one fails (400131, facts §11), so it keeps {@code events} or is left out.
   */
  private static List<EnrichmentProperties> enrichments(HubSettingsSpec settings, boolean withEgress) {
    List<EnrichmentProperties> written = new ArrayList<>();
    for (EnrichmentSpec enrichment : settings.enrichments()) {
      List<String> names = enrichment.endpointNames().stream()
          .filter(name -> withEgress || name.equals(BUILT_IN_ENDPOINT)).toList();
      if (!names.isEmpty()) {
        written.add(new EnrichmentProperties().withKey(enrichment.key()).withValue(enrichment.value())
            .withEndpointNames(names));
      }
    }
    return written;
  }

  private static void fileUpload(PlanContext context, IotHubSpec hub, IotHubProperties properties,
      FileUploadSpec upload, Inputs inputs, Placeholders placeholders) {
    StorageEndpointProperties endpoint = new StorageEndpointProperties()
        .withSasTtlAsIso8601(upload.sasTtl())
        .withContainerName(upload.containerName());
    if (upload.authentication().keyBased()) {
      endpoint.withAuthenticationType(AuthenticationType.KEY_BASED)
          .withConnectionString(placeholders.token(inputs.connectionStrings().get(fileUploadKey(hub))));
    } else {
      // required even when identity-based; its value is undocumented (facts §1): the blob endpoint, no key
      endpoint.withAuthenticationType(AuthenticationType.IDENTITY_BASED)
          .withConnectionString(placeholders.token(CloudHostNames.blobEndpoint(upload.storage().name())));
      if (upload.authentication().resolveIdentity(hub.egress().identity()).orElseThrow() == IdentityKind.USER_ASSIGNED) {
        endpoint.withIdentity(new ManagedIdentity().withUserAssignedIdentity(
            placeholders.token(inputs.userAssignedIdentityId().orElseThrow())));
      }
    }
    properties.withStorageEndpoints(Map.of("$default", endpoint));
    upload.notifications().ifPresent(notifications -> properties
        .withEnableFileUploadNotifications(true)
        .withMessagingEndpoints(Map.of(FILE_NOTIFICATIONS, fileNotifications(notifications))));
  }

  /** The key of file upload's connection string in {@link Inputs#connectionStrings()}. */
  static String fileUploadKey(IotHubSpec hub) {
    return hub.path() + ".fileUpload";
  }

  /**
   * The targets' host names (a blob host as an expression), then the user's extra FQDNs; each host
   * once, an extra FQDN left out when a target's host evaluates to it in the definition's cloud.
   */
  private static List<String> allowedFqdns(PlanContext context, IotHubSpec hub, List<String> extra,
      Placeholders placeholders) {
    Set<String> hosts = new LinkedHashSet<>();
    List<String> fqdns = new ArrayList<>();
    for (EgressTarget target : hub.egress().targets()) {
      if (hosts.add(CloudHostNames.hostIn(context.spec.cloud(), target))) {
        fqdns.add(placeholders.token(CloudHostNames.host(context.spec.cloud(), target)));
      }
    }
    extra.stream().filter(hosts::add).forEach(fqdns::add);
    return fqdns;
  }
}
