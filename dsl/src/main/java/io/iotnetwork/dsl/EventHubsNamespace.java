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

  /** A namespace the template creates. Default SKU: Standard (Basic has no firewall). */
  public static EgressTargetStages.Created<SkuName, EventHubsNamespaceSpec> define(String name) {
    return EgressTargetBuilder.created(EventHubsNamespaceSpec::new, name, SkuName.STANDARD, Callers.location());
  }

  /** An existing namespace of tier {@code sku}, by resource id; possibly in another resource group. */
  public static EgressTargetStages.Existing<EventHubsNamespaceSpec> existing(String resourceId, SkuName sku) {
    return EgressTargetBuilder.existing(EventHubsNamespaceSpec::new, resourceId, sku, Callers.location());
  }
}
