package io.iotnetwork.dsl;

import com.azure.resourcemanager.storage.models.SkuName;
import io.iotnetwork.model.StorageAccountSpec;

/**
 * Storage accounts the hub writes to ({@code Microsoft.Storage/storageAccounts}). A created account
 * is StorageV2, TLS 1.2, HTTPS only, without public blob access; its containers are the ones the
 * hub's routing endpoints, file upload and import/export name.
 */
public final class StorageAccount {
  private StorageAccount() {}

  /** An account the template creates: 3-24 lowercase letters and digits. Default SKU: {@link StorageSku#STANDARD_LRS}. */
  public static EgressTargetStages.Created<SkuName, StorageAccountSpec> define(String name) {
    return EgressTargetBuilder.created(StorageAccountSpec::new, name, SkuName.STANDARD_LRS, Callers.location());
  }

  /**
   * An existing account, by resource id. Its firewall cannot be changed without replacing the
   * account, so the template leaves it alone; a diagnostic says what to check.
   */
  public static EgressTargetStages.Existing<StorageAccountSpec> existing(String resourceId) {
    return EgressTargetBuilder.existing(StorageAccountSpec::new, resourceId, SkuName.STANDARD_LRS, Callers.location());
  }

  /**
   * An existing account in resource group {@code resourceGroup} of the deployment's subscription, by name. Its
   * firewall is left alone, as for {@link #existing(String)}.
   */
  public static EgressTargetStages.Existing<StorageAccountSpec> existing(String resourceGroup, String name) {
    return EgressTargetBuilder.existing(StorageAccountSpec::new, resourceGroup, name, SkuName.STANDARD_LRS,
        Callers.location());
  }
}
