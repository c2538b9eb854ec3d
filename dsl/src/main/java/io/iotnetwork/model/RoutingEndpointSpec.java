package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A custom routing endpoint of the hub.
 *
 * @param name            its name, unique across all kinds
 * @param kind            storage container, event hub, Service Bus queue or topic
 * @param target          the account or namespace
 * @param entityName      the container, event hub, queue or topic
 * @param authentication  identity-based (default) or key-based
 * @param storage         batching and naming, for storage container endpoints only
 * @param source          where it was declared
 */
public record RoutingEndpointSpec(String name, RoutingEndpointKind kind, EgressTarget target, String entityName,
    EgressAuthentication authentication, Optional<StorageEndpointSettings> storage, SourceLocation source) {

  public RoutingEndpointSpec {
    requireNonNull(name);
    requireNonNull(kind);
    requireNonNull(target);
    requireNonNull(entityName);
    requireNonNull(authentication);
    requireNonNull(storage);
    requireNonNull(source);
  }

  /** The DSL path in diagnostics. */
  public String pathIn(IotHubSpec hub) {
    return hub.path() + ".routing.endpoints[" + name + "]";
  }
}
