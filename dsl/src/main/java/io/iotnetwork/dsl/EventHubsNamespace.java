package io.iotnetwork.dsl;

import com.azure.resourcemanager.eventhubs.models.SkuName;
import io.iotnetwork.model.EventHubsNamespaceSpec;

/**
 * Event Hubs namespaces the hub routes to ({@code Microsoft.EventHub/namespaces}). A created
 * namespace has TLS 1.2 and local (SAS) auth disabled; its event hubs are the ones the hub's
 * endpoints name. Its firewall is the {@code networkRuleSets/default} child, also for an existing
 * namespace.
 */
public final class EventHubsNamespace {
  private EventHubsNamespace() {}

  /** A namespace the template creates. Default SKU: {@link EventHubsSku#STANDARD} (Basic has no firewall). */
  public static EgressTargetStages.Created<SkuName, EventHubsNamespaceSpec> define(String name) {
    return EgressTargetBuilder.created(EventHubsNamespaceSpec::new, name, SkuName.STANDARD, Callers.location());
  }

  /**
   * An existing namespace of tier {@code sku} (e.g. {@code EventHubsSku.STANDARD}), by resource id; in any resource group or
   * subscription of the tenant.
   */
  public static EgressTargetStages.Existing<EventHubsNamespaceSpec> existing(String resourceId, SkuName sku) {
    return EgressTargetBuilder.existing(EventHubsNamespaceSpec::new, resourceId, sku, Callers.location());
  }

  /**
   * An existing namespace of tier {@code sku} (e.g. {@code EventHubsSku.STANDARD}) in resource group {@code resourceGroup}
   * of the deployment's subscription, by name.
   */
  public static EgressTargetStages.Existing<EventHubsNamespaceSpec> existing(String resourceGroup, String name, SkuName sku) {
    return EgressTargetBuilder.existing(EventHubsNamespaceSpec::new, resourceGroup, name, sku, Callers.location());
  }
}
