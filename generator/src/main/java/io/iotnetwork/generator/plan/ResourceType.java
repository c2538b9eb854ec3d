package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A resource type with the API version the generator writes it with (azure-facts §1, "API
 * versions to emit"). The constants are declared in deployment order, which is also the order
 * resources appear in the outputs.
 *
 * @param type        e.g. {@code Microsoft.Devices/IotHubs}
 * @param apiVersion  e.g. {@code 2023-06-30}
 */
public record ResourceType(String type, String apiVersion) {

  public static final ResourceType VIRTUAL_NETWORK =
      new ResourceType("Microsoft.Network/virtualNetworks", "2024-05-01");
  public static final ResourceType PRIVATE_DNS_ZONE =
      new ResourceType("Microsoft.Network/privateDnsZones", "2024-06-01");
  public static final ResourceType VIRTUAL_NETWORK_LINK =
      new ResourceType("Microsoft.Network/privateDnsZones/virtualNetworkLinks", "2024-06-01");
  public static final ResourceType IOT_HUB =
      new ResourceType("Microsoft.Devices/IotHubs", "2023-06-30");
  /** A consumer group of a hub's built-in endpoint. */
  public static final ResourceType IOT_HUB_CONSUMER_GROUP =
      new ResourceType("Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups", "2023-06-30");
  public static final ResourceType PRIVATE_ENDPOINT =
      new ResourceType("Microsoft.Network/privateEndpoints", "2024-05-01");
  public static final ResourceType PRIVATE_DNS_ZONE_GROUP =
      new ResourceType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "2024-05-01");
  public static final ResourceType USER_ASSIGNED_IDENTITY =
      new ResourceType("Microsoft.ManagedIdentity/userAssignedIdentities", "2023-01-31");
  public static final ResourceType STORAGE_ACCOUNT =
      new ResourceType("Microsoft.Storage/storageAccounts", "2023-05-01");
  public static final ResourceType BLOB_SERVICE =
      new ResourceType("Microsoft.Storage/storageAccounts/blobServices", "2023-05-01");
  public static final ResourceType BLOB_CONTAINER =
      new ResourceType("Microsoft.Storage/storageAccounts/blobServices/containers", "2023-05-01");
  public static final ResourceType EVENT_HUBS_NAMESPACE =
      new ResourceType("Microsoft.EventHub/namespaces", "2024-01-01");
  public static final ResourceType EVENT_HUB =
      new ResourceType("Microsoft.EventHub/namespaces/eventhubs", "2024-01-01");
  public static final ResourceType EVENT_HUBS_NETWORK_RULE_SET =
      new ResourceType("Microsoft.EventHub/namespaces/networkRuleSets", "2024-01-01");
  public static final ResourceType SERVICE_BUS_NAMESPACE =
      new ResourceType("Microsoft.ServiceBus/namespaces", "2024-01-01");
  public static final ResourceType SERVICE_BUS_QUEUE =
      new ResourceType("Microsoft.ServiceBus/namespaces/queues", "2024-01-01");
  public static final ResourceType SERVICE_BUS_TOPIC =
      new ResourceType("Microsoft.ServiceBus/namespaces/topics", "2024-01-01");
  public static final ResourceType SERVICE_BUS_NETWORK_RULE_SET =
      new ResourceType("Microsoft.ServiceBus/namespaces/networkRuleSets", "2024-01-01");
  public static final ResourceType ROLE_ASSIGNMENT =
      new ResourceType("Microsoft.Authorization/roleAssignments", "2022-04-01");
  /** A nested deployment: how ARM writes a Bicep module. */
  public static final ResourceType DEPLOYMENT = new ResourceType("Microsoft.Resources/deployments", "2022-09-01");

  /** Every resource type the generator writes, in the order the outputs list them. */
  public static final List<ResourceType> DEPLOYMENT_ORDER = List.of(
      VIRTUAL_NETWORK, PRIVATE_DNS_ZONE, VIRTUAL_NETWORK_LINK, USER_ASSIGNED_IDENTITY,
      STORAGE_ACCOUNT, BLOB_SERVICE, BLOB_CONTAINER,
      EVENT_HUBS_NAMESPACE, EVENT_HUB, EVENT_HUBS_NETWORK_RULE_SET,
      SERVICE_BUS_NAMESPACE, SERVICE_BUS_QUEUE, SERVICE_BUS_TOPIC, SERVICE_BUS_NETWORK_RULE_SET,
      IOT_HUB, IOT_HUB_CONSUMER_GROUP, PRIVATE_ENDPOINT, PRIVATE_DNS_ZONE_GROUP, ROLE_ASSIGNMENT);

  public ResourceType {
    requireNonNull(type);
    requireNonNull(apiVersion);
  }

  /** The last segment of the type, e.g. {@code virtualNetworkLinks}. */
  public String leafType() {
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
