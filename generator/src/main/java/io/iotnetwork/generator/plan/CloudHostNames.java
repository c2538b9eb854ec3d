package io.iotnetwork.generator.plan;

import com.azure.core.management.AzureEnvironment;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.Map;

/**
 * Host names of egress targets in each cloud: blob endpoints from the SDK's
 * {@link AzureEnvironment#getStorageEndpointSuffix()}, Service Bus and Event Hubs namespaces from the
 * public forwarders of azure-facts §3 (the SDK and Bicep's {@code environment()} have no such suffix).
 */
final class CloudHostNames {
  private static final Map<AzureEnvironment, String> SERVICE_BUS_SUFFIX = Map.of(
      AzureEnvironment.AZURE, "servicebus.windows.net",
      AzureEnvironment.AZURE_US_GOVERNMENT, "servicebus.usgovcloudapi.net",
      AzureEnvironment.AZURE_CHINA, "servicebus.chinacloudapi.cn");

  private CloudHostNames() {}

  /** The host name the hub sends to for {@code target}: its blob or Service Bus endpoint. */
  static String hostOf(AzureEnvironment cloud, EgressTarget target) {
    return target instanceof StorageAccountSpec ? blobHost(cloud, target.name()) : serviceBusHost(cloud, target.name());
  }

  /** {@code <account>.blob.core.windows.net} in the public cloud. */
  static String blobHost(AzureEnvironment cloud, String account) {
    return account + ".blob" + cloud.getStorageEndpointSuffix();
  }

  /** {@code <namespace>.servicebus.windows.net} in the public cloud. */
  static String serviceBusHost(AzureEnvironment cloud, String namespace) {
    String suffix = SERVICE_BUS_SUFFIX.get(cloud);
    if (suffix == null) {
      throw new IllegalStateException("bug: unsupported cloud passed validation");
    }
    return namespace + "." + suffix;
  }
}
