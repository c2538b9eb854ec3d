package io.iotnetwork.dsl;

import com.azure.resourcemanager.storage.models.SkuName;

/**
 * The storage account SKUs ({@code sku.name}) for {@code StorageAccount.define(..).withSku(..)}, by the
 * DSL's name: the SDK's {@code com.azure.resourcemanager.storage.models.SkuName} values, so a definition
 * needs no import of that class (Event Hubs and Service Bus have their own {@code SkuName}).
 */
public final class StorageSku {
  /** {@code Standard_LRS}: locally redundant. The default of a created account. */
  public static final SkuName STANDARD_LRS = SkuName.STANDARD_LRS;
  /** {@code Standard_ZRS}: zone redundant. */
  public static final SkuName STANDARD_ZRS = SkuName.STANDARD_ZRS;
  /** {@code Standard_GRS}: geo redundant. */
  public static final SkuName STANDARD_GRS = SkuName.STANDARD_GRS;
  /** {@code Standard_RAGRS}: geo redundant, readable in the secondary region. */
  public static final SkuName STANDARD_RAGRS = SkuName.STANDARD_RAGRS;
  /** {@code Standard_GZRS}: geo and zone redundant. */
  public static final SkuName STANDARD_GZRS = SkuName.STANDARD_GZRS;
  /** {@code Standard_RAGZRS}: geo and zone redundant, readable in the secondary region. */
  public static final SkuName STANDARD_RAGZRS = SkuName.STANDARD_RAGZRS;
  /** {@code Premium_LRS}: premium performance, locally redundant. */
  public static final SkuName PREMIUM_LRS = SkuName.PREMIUM_LRS;
  /** {@code Premium_ZRS}: premium performance, zone redundant. */
  public static final SkuName PREMIUM_ZRS = SkuName.PREMIUM_ZRS;

  private StorageSku() {}
}
