package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * Egress prepared without using it: the hub's identity gets the narrowest data role on one entity,
 * and the target's firewall lets trusted services in, but no hub property sends there. This is what
 * an existing hub, which the template never deploys, can be given.
 *
 * @param kind            container, event hub, Service Bus queue or topic
 * @param target          the account or namespace
 * @param entityName      the container, event hub, queue or topic
 * @param authentication  the identity granted (always identity-based; empty identity means the hub's default)
 * @param source          where it was declared
 */
public record AccessGrantSpec(RoutingEndpointKind kind, EgressTarget target, String entityName,
    EgressAuthentication authentication, SourceLocation source) {

  public AccessGrantSpec {
    requireNonNull(kind);
    requireNonNull(target);
    requireNonNull(entityName);
    requireNonNull(authentication);
    requireNonNull(source);
  }

  /** The grant's name in paths: {@code <target>/<entity>}. */
  public String name() {
    return target.name() + "/" + entityName;
  }

  /** The DSL path in diagnostics: {@code iotHub[<hub>].access[<target>/<entity>]}. */
  public String pathIn(IotHubSpec hub) {
    return hub.path() + ".access[" + name() + "]";
  }
}
