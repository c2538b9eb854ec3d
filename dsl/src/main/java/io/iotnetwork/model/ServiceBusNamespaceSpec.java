package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.servicebus.models.SkuName;

/**
 * A Service Bus namespace ({@code Microsoft.ServiceBus/namespaces}) whose queues and topics the hub
 * routes to. Its queues and topics are the ones the hub's endpoints name.
 *
 * @param name      the namespace name
 * @param origin    created or existing
 * @param sku       its tier ({@code sku.name}); trusted services need Premium
 * @param firewall  its firewall ({@code networkRuleSets/default})
 * @param source    where it was declared
 */
public record ServiceBusNamespaceSpec(String name, TargetOrigin origin, SkuName sku, TargetFirewallSpec firewall,
    SourceLocation source) implements EgressTarget {

  public ServiceBusNamespaceSpec {
    requireNonNull(name);
    requireNonNull(origin);
    requireNonNull(sku);
    requireNonNull(firewall);
    requireNonNull(source);
  }

  @Override
  public String path() {
    return "serviceBusNamespace[" + name + "]";
  }
}
