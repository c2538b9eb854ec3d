package io.iotnetwork.dsl;

import com.azure.resourcemanager.servicebus.models.SkuName;
import io.iotnetwork.model.ServiceBusNamespaceSpec;

/**
 * Service Bus namespaces the hub routes to ({@code Microsoft.ServiceBus/namespaces}). A created
 * namespace has TLS 1.2 and local (SAS) auth disabled; its queues and topics are the ones the hub's
 * endpoints name. Trusted Microsoft services need the Premium tier.
 */
public final class ServiceBusNamespace {
  private ServiceBusNamespace() {}

  /** A namespace the template creates. Default SKU: Premium. */
  public static EgressTargetStages.Created<SkuName, ServiceBusNamespaceSpec> define(String name) {
    return EgressTargetBuilder.created(ServiceBusNamespaceSpec::new, name, SkuName.PREMIUM, Callers.location());
  }

  /** An existing namespace of tier {@code sku}, by resource id; possibly in another resource group. */
  public static EgressTargetStages.Existing<ServiceBusNamespaceSpec> existing(String resourceId, SkuName sku) {
    return EgressTargetBuilder.existing(ServiceBusNamespaceSpec::new, resourceId, sku, Callers.location());
  }
}
