package io.iotnetwork.generator.adopt;

import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.Optional;

/** The three kinds of egress target an endpoint names, with their DSL entry points and Azure facts. */
enum TargetKind {
  STORAGE(StorageAccount.class, StorageAccountSpec.class, "Microsoft.Storage/storageAccounts",
      com.azure.resourcemanager.storage.models.SkuName.class, "Standard_LRS", Optional.empty(),
      "Storage Blob Data Contributor"),
  EVENT_HUBS(EventHubsNamespace.class, EventHubsNamespaceSpec.class, "Microsoft.EventHub/namespaces",
      com.azure.resourcemanager.eventhubs.models.SkuName.class, "Standard", Optional.of("Standard"),
      "Azure Event Hubs Data Sender"),
  SERVICE_BUS(ServiceBusNamespace.class, ServiceBusNamespaceSpec.class, "Microsoft.ServiceBus/namespaces",
      com.azure.resourcemanager.servicebus.models.SkuName.class, "Premium", Optional.of("Premium"),
      "Azure Service Bus Data Sender");

  final Class<?> dsl;
  final Class<?> spec;
  final String resourceType;
  final Class<?> skuType;
  final String defaultSku;
  /** The SKU {@code existing(..)} needs, when it needs one; an export of the hub does not say it. */
  final Optional<String> assumedExistingSku;
  final String dataRole;

  TargetKind(Class<?> dsl, Class<?> spec, String resourceType, Class<?> skuType, String defaultSku,
      Optional<String> assumedExistingSku, String dataRole) {
    this.dsl = dsl;
    this.spec = spec;
    this.resourceType = resourceType;
    this.skuType = skuType;
    this.defaultSku = defaultSku;
    this.assumedExistingSku = assumedExistingSku;
    this.dataRole = dataRole;
  }
}
