package io.iotnetwork.dsl;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.Capabilities;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.azure.resourcemanager.iothub.models.RoutingStorageContainerPropertiesEncoding;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.SubnetRef;
import io.iotnetwork.model.UserAssignedIdentityRef;
import java.time.Duration;

/** The stages of {@link IotHub#define(String)} and of its children. */
public interface IotHubStages {

  /** First stage: the SKU is required. */
  interface Blank {
    /**
     * Sets {@code sku.name} and {@code sku.capacity} (units). F1 has exactly 1 unit; B1, B2, S1 and
     * S2 up to 200; B3 and S3 up to 10.
     */
    WithOptions withSku(IotHubSku sku, int units);
  }

  /** Optional settings, then {@link #build()}. */
  interface WithOptions {
    /** Sets the hub's {@code location}. Default: the network's region. */
    WithOptions inRegion(Region region);

    /**
     * Sets the built-in Event Hubs-compatible endpoint, {@code properties.eventHubEndpoints.events}:
     * {@code partitionCount} (fixed once the hub exists) and {@code retentionTimeInDays}.
     * Default: 4 partitions, 1 day.
     */
    WithOptions withBuiltInEventHubEndpoint(int partitionCount, int retentionTimeInDays);

    /**
     * Sets {@code properties.minTlsVersion}, which cannot change after the hub is created.
     * Default: {@code "1.2"}. {@code "1.0"} and {@code "1.1"} are accepted, with a warning, only to restate
     * a hub that exists with them.
     */
    WithOptions withMinTlsVersion(String minTlsVersion);

    /**
     * Allows hub-scoped shared access policies ({@code properties.disableLocalAuth: false}).
     * Default: they are disabled, so services authenticate with Microsoft Entra ID.
     */
    WithOptions withLocalAuth();

    /** Blocks device-scoped SAS tokens ({@code properties.disableDeviceSAS: true}). Default: allowed. */
    WithOptions withoutDeviceSas();

    /** Blocks module-scoped SAS tokens ({@code properties.disableModuleSAS: true}). Default: allowed. */
    WithOptions withoutModuleSas();

    /**
     * Sets {@code properties.publicNetworkAccess}. Default: {@link PublicNetworkAccess#DISABLED},
     * which makes the hub reachable through its private endpoints only.
     */
    WithOptions withPublicNetworkAccess(PublicNetworkAccess publicNetworkAccess);

    /** Shorthand for {@code withPublicNetworkAccess(PublicNetworkAccess.DISABLED)}. */
    WithOptions withoutPublicNetworkAccess();

    /**
     * Starts the IP filter, {@code properties.networkRuleSets}, with its {@code defaultAction}
     * for addresses no rule allows. Default: no IP filter.
     */
    IpFilter defineIpFilter(DefaultAction defaultAction);

    /** Starts a private endpoint for the hub (target sub-resource {@code iotHub}). */
    PrivateEndpointBlank<WithOptions> definePrivateEndpoint(String name);

    /** Adds a tag to the hub ({@code tags}), over the network's tags. */
    WithOptions withTag(String name, String value);

    /**
     * Gives the hub a system-assigned identity ({@code identity.type} includes {@code SystemAssigned}).
     * Egress to a firewall-restricted target uses it. Default: no identity.
     */
    WithOptions withSystemAssignedIdentity();

    /**
     * Gives the hub a user-assigned identity ({@code identity.userAssignedIdentities}), created
     * ({@link UserAssignedIdentity#define(String)}) or existing ({@link UserAssignedIdentity#existing(String)}).
     * Call it again to add another: {@code identity.userAssignedIdentities} is keyed by each one's resource id,
     * and egress set to {@link IdentityKind#USER_ASSIGNED} uses the first.
     */
    WithOptions withUserAssignedIdentity(UserAssignedIdentityRef identity);

    /**
     * Starts a custom routing endpoint ({@code properties.routing.endpoints}); identity-based unless
     * {@code withKeyBasedAuthentication()} is called. Names are unique across kinds.
     */
    RoutingEndpointBlank defineRoutingEndpoint(String name);

    /** Starts a route ({@code properties.routing.routes[]}). */
    RouteBlank defineRoute(String name);

    /**
     * Sets the fallback route's condition. The fallback route to {@code events} is always written
     * and, by default, enabled for every message ({@code condition: "true"}).
     */
    WithOptions withFallbackRouteCondition(String condition);

    /** Writes the fallback route disabled ({@code isEnabled: false}): unrouted messages are dropped. */
    WithOptions withFallbackRouteDisabled();

    /**
     * Starts a fallback route ({@code properties.routing.fallbackRoute}) other than the default one, which is
     * named {@code $fallback}, sends to {@code events} and is enabled for every message.
     */
    FallbackRouteTarget defineFallbackRoute(String name);

    /**
     * Declares a consumer group of the built-in endpoint: the child resource
     * {@code Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups} named {@code <hub>/events/<name>}.
     * {@code $Default} always exists and is never declared. Default: none.
     */
    WithOptions withConsumerGroup(String name);

    /**
     * Sets the file upload notification queue, {@code properties.messagingEndpoints.fileNotifications}:
     * {@code lockDurationAsIso8601}, {@code ttlAsIso8601} and {@code maxDeliveryCount} (1-100), without file
     * upload; {@code defineFileUpload(..).withNotifications(..)} sets it with file upload. Default: not written.
     */
    WithOptions withFileNotifications(Duration lockDuration, Duration timeToLive, int maxDeliveryCount);

    /**
     * Sets {@code properties.enableFileUploadNotifications} without file upload;
     * {@code defineFileUpload(..).withNotifications(..)} sets it with file upload. Default: not written.
     */
    WithOptions withFileUploadNotifications(boolean enabled);

    /**
     * Starts file upload to {@code container} of {@code storage}
     * ({@code properties.storageEndpoints.$default}), identity-based by default.
     */
    FileUpload defineFileUpload(StorageAccountSpec storage, String container);

    /**
     * Lets bulk device import/export jobs use {@code container}: grants the hub's default identity
     * Storage Blob Data Contributor on it. The jobs themselves are data-plane requests
     * ({@code storageAuthenticationType: identityBased}), not part of the template.
     */
    WithOptions withImportExportStorage(StorageAccountSpec storage, String container);

    /** Like {@link #withImportExportStorage(StorageAccountSpec, String)}, with the given identity. */
    WithOptions withImportExportStorage(StorageAccountSpec storage, String container, IdentityKind identity);

    /**
     * Restricts the hub's egress to listed FQDNs ({@code restrictOutboundNetworkAccess: true},
     * {@code allowedFqdnList}). The targets' host names are listed automatically; pass the others, such
     * as the built-in endpoint's ({@code iothub-ns-....servicebus.windows.net}), which is only known
     * once the hub exists. Default: unrestricted.
     */
    WithOptions withRestrictedOutboundNetworkAccess(String... extraAllowedFqdns);

    /**
     * Starts cloud-to-device messaging settings, {@code properties.cloudToDevice}: {@code maxDeliveryCount}
     * (1-100) and {@code defaultTtlAsIso8601}. Default: not written, so the service's defaults apply.
     */
    CloudToDevice defineCloudToDevice(int maxDeliveryCount, Duration defaultTimeToLive);

    /**
     * Starts a message enrichment, {@code properties.routing.enrichments[]}: application property {@code key}
     * with {@code value} (a literal, {@code $twin..} or {@code $iothubname}). Default: no enrichments.
     */
    EnrichmentBlank defineEnrichment(String key, String value);

    /** Sets {@code properties.comments}. Default: not written. */
    WithOptions withComments(String comments);

    /**
     * Sets {@code properties.features} ({@code None} or {@code DeviceManagement}), fixed after creation.
     * Default: not written.
     */
    WithOptions withFeatures(Capabilities features);

    /**
     * Sets {@code properties.enableDataResidency}, fixed after creation; {@code true} keeps data in the
     * region and turns off disaster recovery. Default: not written.
     */
    WithOptions withDataResidency(boolean enabled);

    /** The finished hub. */
    IotHubSpec build();
  }

  /** Options of cloud-to-device messaging, then {@link #attach()}. */
  interface CloudToDevice {
    /**
     * Sets the feedback queue, {@code cloudToDevice.feedback}: {@code lockDurationAsIso8601},
     * {@code ttlAsIso8601} and {@code maxDeliveryCount} (1-100). Default: not written.
     */
    CloudToDevice withFeedback(Duration lockDuration, Duration timeToLive, int maxDeliveryCount);

    /** Back to the hub. */
    WithOptions attach();
  }

  /** Second stage of an enrichment: the endpoints it applies to. */
  interface EnrichmentBlank {
    /**
     * Sets {@code endpointNames}: custom routing endpoint names or {@code events}, the built-in endpoint.
     */
    EnrichmentOptions toEndpoints(String endpointName, String... moreEndpointNames);
  }

  /** The finished enrichment, then {@link #attach()}. */
  interface EnrichmentOptions {
    /** Back to the hub. */
    WithOptions attach();
  }

  /** First stage of a routing endpoint: what it sends to. */
  interface RoutingEndpointBlank {
    /** A blob container ({@code storageContainers}); created with the account when the template creates it. */
    StorageEndpointOptions toStorageContainer(StorageAccountSpec storage, String container);

    /** An event hub ({@code eventHubs}). */
    RoutingEndpointOptions toEventHub(EventHubsNamespaceSpec namespace, String eventHub);

    /** A Service Bus queue ({@code serviceBusQueues}). */
    RoutingEndpointOptions toServiceBusQueue(ServiceBusNamespaceSpec namespace, String queue);

    /** A Service Bus topic ({@code serviceBusTopics}). */
    RoutingEndpointOptions toServiceBusTopic(ServiceBusNamespaceSpec namespace, String topic);

    /**
     * A Cosmos DB SQL container ({@code cosmosDBSqlContainers}): {@code endpointUri}
     * ({@code https://<account>.documents.azure.com:443/}), {@code databaseName} and {@code containerName}.
     * The template grants no role on the account: give the hub's identity a Cosmos DB data role there.
     */
    CosmosDbEndpointOptions toCosmosDbSqlContainer(String endpointUri, String databaseName, String containerName);
  }

  /** Options of a Cosmos DB SQL container endpoint, then {@link #attach()}. */
  interface CosmosDbEndpointOptions {
    /** Authenticates with the given hub identity ({@code identity}). Default: as for other routing endpoints. */
    CosmosDbEndpointOptions withIdentity(IdentityKind identity);

    /**
     * Opts in to key-based authentication ({@code authenticationType: keyBased}): {@code primaryKey} and
     * {@code secondaryKey} become two secure template parameters without default, supplied at deployment.
     * Not recommended; a warning says so.
     */
    CosmosDbEndpointOptions withKeyBasedAuthentication();

    /**
     * Sets {@code partitionKeyName} and {@code partitionKeyTemplate}, which holds at least one of
     * {@code {iothub} {deviceid} {DD} {MM} {YYYY}}, each at most once. Default: neither is written.
     */
    CosmosDbEndpointOptions withPartitionKey(String partitionKeyName, String partitionKeyTemplate);

    /**
     * Sets {@code subscriptionId} and {@code resourceGroup} of the account, when it is not in the hub's.
     * Default: not written.
     */
    CosmosDbEndpointOptions inResourceGroup(String subscriptionId, String resourceGroup);

    /** Back to the hub. */
    WithOptions attach();
  }

  /** Options of a routing endpoint, then {@link #attach()}. */
  interface RoutingEndpointOptions {
    /**
     * Authenticates with the given hub identity. Default: the system-assigned identity when the hub
     * has one, else the user-assigned one.
     */
    RoutingEndpointOptions withIdentity(IdentityKind identity);

    /**
     * Opts in to key-based authentication: the connection string becomes a secure template
     * parameter without default, supplied at deployment. Not recommended; a warning says so.
     */
    RoutingEndpointOptions withKeyBasedAuthentication();

    /** Back to the hub. */
    WithOptions attach();
  }

  /** Options of a storage container endpoint, then {@link #attach()}. */
  interface StorageEndpointOptions extends RoutingEndpointOptions {
    @Override
    StorageEndpointOptions withIdentity(IdentityKind identity);

    @Override
    StorageEndpointOptions withKeyBasedAuthentication();

    /**
     * Sets {@code fileNameFormat}; every token {@code {iothub} {partition} {YYYY} {MM} {DD} {HH} {mm}}
     * must appear, in any order. Default: {@code {iothub}/{partition}/{YYYY}/{MM}/{DD}/{HH}/{mm}}.
     */
    StorageEndpointOptions withFileNameFormat(String fileNameFormat);

    /** Sets {@code batchFrequencyInSeconds}, 60-720. Default: 300. */
    StorageEndpointOptions withBatchFrequencyInSeconds(int seconds);

    /** Sets {@code maxChunkSizeInBytes}, 10485760-524288000. Default: 314572800. */
    StorageEndpointOptions withMaxChunkSizeInBytes(long bytes);

    /** Sets {@code encoding}. Default: Avro. */
    StorageEndpointOptions withEncoding(RoutingStorageContainerPropertiesEncoding encoding);
  }

  /** First stage of a route: which messages. */
  interface RouteBlank {
    /** Sets {@code source}, e.g. {@code RoutingSource.DEVICE_MESSAGES}. */
    RouteTarget from(RoutingSource source);
  }

  /** Second stage of a route: where to. */
  interface RouteTarget {
    /** Sends to the custom endpoint named {@code endpointName}. */
    RouteOptions toEndpoint(String endpointName);

    /** Sends to the built-in Event Hubs-compatible endpoint, {@code events}. */
    RouteOptions toBuiltInEndpoint();
  }

  /** Options of a route, then {@link #attach()}. */
  interface RouteOptions {
    /** Sets {@code condition}, an IoT Hub query condition. Default: {@code "true"}. */
    RouteOptions withCondition(String condition);

    /** Writes the route with {@code isEnabled: false}. Default: enabled. */
    RouteOptions disabled();

    /** Back to the hub. */
    WithOptions attach();
  }

  /** Second stage of a non-default fallback route: where to. */
  interface FallbackRouteTarget {
    /** Sends to the custom endpoint named {@code endpointName} ({@code endpointNames}). */
    FallbackRouteOptions toEndpoint(String endpointName);

    /** Sends to the built-in Event Hubs-compatible endpoint, {@code events}. */
    FallbackRouteOptions toBuiltInEndpoint();
  }

  /** Options of the fallback route, then {@link #attach()}. */
  interface FallbackRouteOptions {
    /** Sets {@code condition}. Default: {@code "true"}. */
    FallbackRouteOptions withCondition(String condition);

    /** Writes the fallback route with {@code isEnabled: false}: unrouted messages are dropped. Default: enabled. */
    FallbackRouteOptions disabled();

    /** Back to the hub. */
    WithOptions attach();
  }

  /** Options of file upload, then {@link #attach()}. */
  interface FileUpload {
    /** Sets {@code sasTtlAsIso8601}, how long devices' upload SAS URIs live. Default: one hour. */
    FileUpload withSasTtl(Duration timeToLive);

    /**
     * Turns on file upload notifications ({@code enableFileUploadNotifications}) with
     * {@code messagingEndpoints.fileNotifications}: lock duration, time to live, max delivery count (1-100).
     * Default: off.
     */
    FileUpload withNotifications(Duration lockDuration, Duration timeToLive, int maxDeliveryCount);

    /** Turns on notifications with a one-minute lock, one hour to live and ten deliveries. */
    FileUpload withNotifications();

    /** Authenticates with the given hub identity. Default: as for routing endpoints. */
    FileUpload withIdentity(IdentityKind identity);

    /** Opts in to key-based authentication with a secure connection string parameter. */
    FileUpload withKeyBasedAuthentication();

    /** Back to the hub. */
    WithOptions attach();
  }

  /** The IP filter's rules and options, then {@link #attach()}. */
  interface IpFilter {
    /**
     * Allows an IPv4 address or CIDR range ({@code networkRuleSets.ipRules[]} with
     * {@code action: Allow}). Names are unique, case-insensitively; at most 100 rules.
     */
    IpFilter allow(String filterName, String ipMask);

    /**
     * Applies the filter to the built-in Event Hubs-compatible endpoint too
     * ({@code applyToBuiltInEventHubEndpoint: true}). Default: not applied, so that endpoint stays public.
     */
    IpFilter applyToBuiltInEventHubEndpoint();

    /** Back to the hub. */
    WithOptions attach();
  }

  /**
   * First stage of a private endpoint: its subnet is required.
   *
   * @param <H> the hub stage {@code attach()} returns to
   */
  interface PrivateEndpointBlank<H> {
    /**
     * Places the endpoint in {@code subnet} ({@code properties.subnet.id}): an existing subnet
     * ({@link Subnet#existing(String)}) or one of a declared network ({@code vnet.subnet("name")}).
     */
    PrivateEndpointOptions<H> inSubnet(SubnetRef subnet);
  }

  /**
   * Optional private endpoint settings, then {@link #attach()}.
   *
   * @param <H> the hub stage {@code attach()} returns to
   */
  interface PrivateEndpointOptions<H> {
    /** Sets the endpoint's {@code location}. Default: the hub's region, as the article advises. */
    PrivateEndpointOptions<H> inRegion(Region region);

    /** Sets {@code properties.customNetworkInterfaceName}. Default: Azure names the NIC. */
    PrivateEndpointOptions<H> withCustomNetworkInterfaceName(String name);

    /**
     * Gives the {@code iotHub} member a static address ({@code properties.ipConfigurations[]}).
     * Default: a dynamic address from the subnet.
     */
    PrivateEndpointOptions<H> withStaticPrivateIpAddress(String ipAddress);

    /** Adds a tag to the endpoint ({@code tags}), over the network's tags. */
    PrivateEndpointOptions<H> withTag(String name, String value);

    /** Back to the hub. */
    H attach();
  }
}
