package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.storage.models.SkuName;

/**
 * A storage account ({@code Microsoft.Storage/storageAccounts}) the hub writes blobs to: routing,
 * file upload, import/export. Its containers are the ones the hub's settings name.
 *
 * @param name      the account name
 * @param origin    created or existing
 * @param sku       {@code sku.name} of a created account
 * @param firewall  its firewall ({@code properties.networkAcls})
 * @param source    where it was declared
 */
public record StorageAccountSpec(String name, TargetOrigin origin, SkuName sku, TargetFirewallSpec firewall,
    SourceLocation source) implements EgressTarget {

  public StorageAccountSpec {
    requireNonNull(name);
    requireNonNull(origin);
    requireNonNull(sku);
    requireNonNull(firewall);
    requireNonNull(source);
  }

  @Override
  public String path() {
    return "storageAccount[" + name + "]";
  }
}
