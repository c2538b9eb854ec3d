package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.eventhubs.models.SkuName;

/**
 * An Event Hubs namespace ({@code Microsoft.EventHub/namespaces}) whose event hubs the hub routes
 * to. Its event hubs are the ones the hub's endpoints name.
 *
 * @param name      the namespace name
 * @param origin    created or existing
 * @param sku       its tier ({@code sku.name}); the Basic tier has no firewall
 * @param firewall  its firewall ({@code networkRuleSets/default})
 * @param source    where it was declared
 */
public record EventHubsNamespaceSpec(String name, TargetOrigin origin, SkuName sku, TargetFirewallSpec firewall,
    SourceLocation source) implements EgressTarget {

  public EventHubsNamespaceSpec {
    requireNonNull(name);
    requireNonNull(origin);
    requireNonNull(sku);
    requireNonNull(firewall);
    requireNonNull(source);
  }

  @Override
  public String path() {
    return "eventHubsNamespace[" + name + "]";
  }
}
