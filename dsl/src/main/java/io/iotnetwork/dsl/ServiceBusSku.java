package io.iotnetwork.dsl;

import com.azure.resourcemanager.servicebus.models.SkuName;

/**
 * The Service Bus namespace tiers ({@code sku.name}) for {@code ServiceBusNamespace.define(..).withSku(..)} and
 * {@code ServiceBusNamespace.existing(..)}, by the DSL's name: the SDK's
 * {@code com.azure.resourcemanager.servicebus.models.SkuName} values, so a definition needs no import of that class.
 */
public final class ServiceBusSku {
  /** {@code Basic}: no firewall exception for trusted Microsoft services. */
  public static final SkuName BASIC = SkuName.BASIC;
  /** {@code Standard}: no firewall exception for trusted Microsoft services. */
  public static final SkuName STANDARD = SkuName.STANDARD;
  /** {@code Premium}: the only tier whose firewall admits trusted Microsoft services; the default. */
  public static final SkuName PREMIUM = SkuName.PREMIUM;

  private ServiceBusSku() {}
}
