package io.iotnetwork.generator.plan;

import com.azure.core.management.AzureEnvironment;
import java.util.Map;
import java.util.Optional;

/**
 * The private DNS zone names of each cloud (azure-facts §3, from Microsoft's private endpoint DNS
 * table): one zone for the hub, one for its built-in Event Hubs-compatible endpoint. Bicep's
 * {@code environment()} has no suffix for either, so the table lives here.
 *
 * @param iotHubZone      e.g. {@code privatelink.azure-devices.net}
 * @param serviceBusZone  e.g. {@code privatelink.servicebus.windows.net}
 */
public record PrivateDnsZoneNames(String iotHubZone, String serviceBusZone) {

  private static final Map<AzureEnvironment, PrivateDnsZoneNames> BY_CLOUD = Map.of(
      AzureEnvironment.AZURE,
      new PrivateDnsZoneNames("privatelink.azure-devices.net", "privatelink.servicebus.windows.net"),
      AzureEnvironment.AZURE_US_GOVERNMENT,
      new PrivateDnsZoneNames("privatelink.azure-devices.us", "privatelink.servicebus.windows.us"),
      AzureEnvironment.AZURE_CHINA,
      new PrivateDnsZoneNames("privatelink.azure-devices.cn", "privatelink.servicebus.chinacloudapi.cn"));

  /** The zones of {@code cloud}; empty for a cloud the tool does not know. */
  public static Optional<PrivateDnsZoneNames> of(AzureEnvironment cloud) {
    return Optional.ofNullable(BY_CLOUD.get(cloud));
  }

  /** The name a cloud is known by in messages. */
  public static String describe(AzureEnvironment cloud) {
    if (cloud == AzureEnvironment.AZURE) {
      return "AzureEnvironment.AZURE";
    } else if (cloud == AzureEnvironment.AZURE_US_GOVERNMENT) {
      return "AzureEnvironment.AZURE_US_GOVERNMENT";
    } else if (cloud == AzureEnvironment.AZURE_CHINA) {
      return "AzureEnvironment.AZURE_CHINA";
    } else if (cloud == AzureEnvironment.AZURE_GERMANY) {
      return "AzureEnvironment.AZURE_GERMANY";
    }
    return "a custom AzureEnvironment (" + cloud.getResourceManagerEndpoint() + ")";
  }
}
