package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.RoutingStorageContainerPropertiesEncoding;
import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.RoutingEndpointSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.StorageEndpointSettings;
import java.util.Optional;

/** Builds a hub's custom routing endpoint. */
final class RoutingEndpointBuilder implements IotHubStages.RoutingEndpointBlank, IotHubStages.StorageEndpointOptions {
  private final IotHub hub;
  private final String name;
  private final SourceLocation source;
  private RoutingEndpointKind kind;
  private EgressTarget target;
  private String entityName;
  private EgressAuthentication authentication = EgressAuthentication.DEFAULT;
  private StorageEndpointSettings storage = StorageEndpointSettings.DEFAULT;

  RoutingEndpointBuilder(IotHub hub, String name, SourceLocation source) {
    this.hub = hub;
    this.name = name;
    this.source = source;
  }

  @Override
  public IotHubStages.StorageEndpointOptions toStorageContainer(StorageAccountSpec storage, String container) {
    return to(RoutingEndpointKind.STORAGE_CONTAINER, requireNonNull(storage, "storage"),
        requireNonNull(container, "container"));
  }

  @Override
  public IotHubStages.RoutingEndpointOptions toEventHub(EventHubsNamespaceSpec namespace, String eventHub) {
    return to(RoutingEndpointKind.EVENT_HUB, requireNonNull(namespace, "namespace"),
        requireNonNull(eventHub, "eventHub"));
  }

  @Override
  public IotHubStages.RoutingEndpointOptions toServiceBusQueue(ServiceBusNamespaceSpec namespace, String queue) {
    return to(RoutingEndpointKind.SERVICE_BUS_QUEUE, requireNonNull(namespace, "namespace"),
        requireNonNull(queue, "queue"));
  }

  @Override
  public IotHubStages.RoutingEndpointOptions toServiceBusTopic(ServiceBusNamespaceSpec namespace, String topic) {
    return to(RoutingEndpointKind.SERVICE_BUS_TOPIC, requireNonNull(namespace, "namespace"),
        requireNonNull(topic, "topic"));
  }

  @Override
  public IotHubStages.CosmosDbEndpointOptions toCosmosDbSqlContainer(String endpointUri, String databaseName,
      String containerName) {
    return hub.cosmosDbEndpoint(name, requireNonNull(endpointUri, "endpointUri"),
        requireNonNull(databaseName, "databaseName"), requireNonNull(containerName, "containerName"), source);
  }

  private RoutingEndpointBuilder to(RoutingEndpointKind kind, EgressTarget target, String entityName) {
    this.kind = kind;
    this.target = target;
    this.entityName = entityName;
    return this;
  }

  @Override
  public IotHubStages.StorageEndpointOptions withIdentity(IdentityKind identity) {
    this.authentication = new EgressAuthentication(false, Optional.of(requireNonNull(identity, "identity")));
    return this;
  }

  @Override
  public IotHubStages.StorageEndpointOptions withKeyBasedAuthentication() {
    this.authentication = new EgressAuthentication(true, Optional.empty());
    return this;
  }

  @Override
  public IotHubStages.StorageEndpointOptions withFileNameFormat(String fileNameFormat) {
    storage = new StorageEndpointSettings(requireNonNull(fileNameFormat, "fileNameFormat"),
        storage.batchFrequencyInSeconds(), storage.maxChunkSizeInBytes(), storage.encoding());
    return this;
  }

  @Override
  public IotHubStages.StorageEndpointOptions withBatchFrequencyInSeconds(int seconds) {
    storage = new StorageEndpointSettings(storage.fileNameFormat(), seconds, storage.maxChunkSizeInBytes(),
        storage.encoding());
    return this;
  }

  @Override
  public IotHubStages.StorageEndpointOptions withMaxChunkSizeInBytes(long bytes) {
    storage = new StorageEndpointSettings(storage.fileNameFormat(), storage.batchFrequencyInSeconds(), bytes,
        storage.encoding());
    return this;
  }

  @Override
  public IotHubStages.StorageEndpointOptions withEncoding(RoutingStorageContainerPropertiesEncoding encoding) {
    storage = new StorageEndpointSettings(storage.fileNameFormat(), storage.batchFrequencyInSeconds(),
        storage.maxChunkSizeInBytes(), requireNonNull(encoding, "encoding"));
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    Optional<StorageEndpointSettings> settings =
        kind == RoutingEndpointKind.STORAGE_CONTAINER ? Optional.of(storage) : Optional.empty();
    hub.addRoutingEndpoint(new RoutingEndpointSpec(name, kind, target, entityName, authentication, settings, source));
    return hub;
  }
}
