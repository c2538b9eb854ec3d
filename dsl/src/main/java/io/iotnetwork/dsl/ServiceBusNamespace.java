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

  /** A namespace the template creates. Default SKU: {@link ServiceBusSku#PREMIUM}. */
  public static EgressTargetStages.Created<SkuName, ServiceBusNamespaceSpec> define(String name) {
    return EgressTargetBuilder.created(ServiceBusNamespaceSpec::new, name, SkuName.PREMIUM, Callers.location());
  }

  /**
   * An existing namespace of tier {@code sku} (e.g. {@code ServiceBusSku.PREMIUM}), by resource id; in any resource group or
   * subscription of the tenant.
   */
  public static EgressTargetStages.Existing<ServiceBusNamespaceSpec> existing(String resourceId, SkuName sku) {
    return EgressTargetBuilder.existing(ServiceBusNamespaceSpec::new, resourceId, sku, Callers.location());
  }

  /**
   * An existing namespace of tier {@code sku} (e.g. {@code ServiceBusSku.PREMIUM}) in resource group {@code resourceGroup}
   * of the deployment's subscription, by name.
   */
  public static EgressTargetStages.Existing<ServiceBusNamespaceSpec> existing(String resourceGroup, String name, SkuName sku) {
    return EgressTargetBuilder.existing(ServiceBusNamespaceSpec::new, resourceGroup, name, sku, Callers.location());
  }
}
