package io.iotnetwork.dsl;

import com.azure.resourcemanager.eventhubs.models.SkuName;

/**
 * The Event Hubs namespace tiers ({@code sku.name}) for {@code EventHubsNamespace.define(..).withSku(..)} and
 * {@code EventHubsNamespace.existing(..)}, by the DSL's name: the SDK's
 * {@code com.azure.resourcemanager.eventhubs.models.SkuName} values, so a definition needs no import of that class.
 */
public final class EventHubsSku {
  /** {@code Basic}: has no firewall, so it cannot be restricted to trusted Microsoft services. */
  public static final SkuName BASIC = SkuName.BASIC;
  /** {@code Standard}: the default of a created namespace. */
  public static final SkuName STANDARD = SkuName.STANDARD;
  /** {@code Premium}. */
  public static final SkuName PREMIUM = SkuName.PREMIUM;

  private EventHubsSku() {}
}
