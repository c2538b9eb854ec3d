package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.AccessGrantSpec;
import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.Optional;
import java.util.function.Function;

/** Builds an access grant of an existing hub's identity on one entity. */
final class AccessGrantBuilder implements ExistingIotHubStages.AccessBlank, ExistingIotHubStages.AccessOptions {
  private final Function<AccessGrantSpec, ExistingIotHubStages.Options> hub;
  private final SourceLocation source;
  private RoutingEndpointKind kind;
  private EgressTarget target;
  private String entityName;
  private EgressAuthentication authentication = EgressAuthentication.DEFAULT;

  AccessGrantBuilder(Function<AccessGrantSpec, ExistingIotHubStages.Options> hub, SourceLocation source) {
    this.hub = hub;
    this.source = source;
  }

  @Override
  public ExistingIotHubStages.AccessOptions toStorageContainer(StorageAccountSpec storage, String container) {
    return to(RoutingEndpointKind.STORAGE_CONTAINER, requireNonNull(storage, "storage"),
        requireNonNull(container, "container"));
  }

  @Override
  public ExistingIotHubStages.AccessOptions toEventHub(EventHubsNamespaceSpec namespace, String eventHub) {
    return to(RoutingEndpointKind.EVENT_HUB, requireNonNull(namespace, "namespace"),
        requireNonNull(eventHub, "eventHub"));
  }

  @Override
  public ExistingIotHubStages.AccessOptions toServiceBusQueue(ServiceBusNamespaceSpec namespace, String queue) {
    return to(RoutingEndpointKind.SERVICE_BUS_QUEUE, requireNonNull(namespace, "namespace"),
        requireNonNull(queue, "queue"));
  }

  @Override
  public ExistingIotHubStages.AccessOptions toServiceBusTopic(ServiceBusNamespaceSpec namespace, String topic) {
    return to(RoutingEndpointKind.SERVICE_BUS_TOPIC, requireNonNull(namespace, "namespace"),
        requireNonNull(topic, "topic"));
  }

  private ExistingIotHubStages.AccessOptions to(RoutingEndpointKind kind, EgressTarget target, String entityName) {
    this.kind = kind;
    this.target = target;
    this.entityName = entityName;
    return this;
  }

  @Override
  public ExistingIotHubStages.AccessOptions withIdentity(IdentityKind identity) {
    this.authentication = new EgressAuthentication(false, Optional.of(requireNonNull(identity, "identity")));
    return this;
  }

  @Override
  public ExistingIotHubStages.Options attach() {
    return hub.apply(new AccessGrantSpec(kind, target, entityName, authentication, source));
  }
}
