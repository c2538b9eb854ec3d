package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

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
  public static final ResourceType PRIVATE_ENDPOINT =
      new ResourceType("Microsoft.Network/privateEndpoints", "2024-05-01");
  public static final ResourceType PRIVATE_DNS_ZONE_GROUP =
      new ResourceType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "2024-05-01");

  /** Every type the generator writes, in the order the outputs list them. */
  public static final java.util.List<ResourceType> DEPLOYMENT_ORDER = java.util.List.of(
      VIRTUAL_NETWORK, PRIVATE_DNS_ZONE, VIRTUAL_NETWORK_LINK, IOT_HUB, PRIVATE_ENDPOINT,
      PRIVATE_DNS_ZONE_GROUP);

  public ResourceType {
    requireNonNull(type);
    requireNonNull(apiVersion);
  }

  /** The last segment of the type, e.g. {@code virtualNetworkLinks}. */
  public String leafType() {
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
