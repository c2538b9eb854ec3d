package io.iotnetwork.generator.plan;

import com.azure.core.management.AzureEnvironment;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.Map;

/**
 * Host names of egress targets. A blob endpoint is written as an expression on
 * {@code environment().suffixes.storage} (ARM and Bicep alike), so the template holds no cloud's
 * host and is right in whichever cloud it is deployed: Bicep's {@code no-hardcoded-env-urls} and
 * ARM TTK flag {@code core.windows.net} literals (azure-facts §9.7). {@code environment()} has no
 * Service Bus suffix (facts §3), so namespaces get the public forwarder of the definition's cloud.
 * {@link #hostIn(AzureEnvironment, EgressTarget)} is what either one evaluates to in the definition's
 * cloud (the SDK's {@link AzureEnvironment#getStorageEndpointSuffix()} for storage).
 */
final class CloudHostNames {
  /** {@code environment().suffixes.storage}: {@code core.windows.net} in the public cloud. */
  static final Expr STORAGE_SUFFIX = new Member(new Member(Call.of("environment"), "suffixes"), "storage");

  private static final Map<AzureEnvironment, String> SERVICE_BUS_SUFFIX = Map.of(
      AzureEnvironment.AZURE, "servicebus.windows.net",
      AzureEnvironment.AZURE_US_GOVERNMENT, "servicebus.usgovcloudapi.net",
      AzureEnvironment.AZURE_CHINA, "servicebus.chinacloudapi.cn");

  private CloudHostNames() {}

  /** The host the hub sends to for {@code target}, as the template writes it. */
  static Value host(AzureEnvironment cloud, EgressTarget target) {
    return target instanceof StorageAccountSpec
        ? Call.format("{0}.blob.{1}", Value.of(target.name()), STORAGE_SUFFIX)
        : Value.of(serviceBusHost(cloud, target.name()));
  }

  /**
   * The {@code endpointUri} of an identity-based routing endpoint on {@code target}: the blob
   * endpoint of a storage account, {@code sb://<host>} of a namespace.
   */
  static Value endpointUri(AzureEnvironment cloud, EgressTarget target) {
    return target instanceof StorageAccountSpec
        ? blobEndpoint(target.name()) : Value.of("sb://" + serviceBusHost(cloud, target.name()));
  }

  /** {@code https://<account>.blob.<environment().suffixes.storage>/}, the account's blob endpoint. */
  static Value blobEndpoint(String account) {
    return Call.format("https://{0}.blob.{1}/", Value.of(account), STORAGE_SUFFIX);
  }

  /** What {@link #host} evaluates to in {@code cloud}: {@code <account>.blob.core.windows.net} in the public cloud. */
  static String hostIn(AzureEnvironment cloud, EgressTarget target) {
    return target instanceof StorageAccountSpec
        ? target.name() + ".blob" + cloud.getStorageEndpointSuffix() : serviceBusHost(cloud, target.name());
  }

  /** {@code <namespace>.servicebus.windows.net} in the public cloud. */
  private static String serviceBusHost(AzureEnvironment cloud, String namespace) {
    String suffix = SERVICE_BUS_SUFFIX.get(cloud);
    if (suffix == null) {
      throw new IllegalStateException("bug: unsupported cloud passed validation");
    }
    return namespace + "." + suffix;
  }
}
