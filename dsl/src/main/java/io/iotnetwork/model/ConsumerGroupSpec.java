package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * A consumer group of the hub's built-in endpoint: the child resource
 * {@code Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups} named {@code <hub>/events/<name>}, with
 * {@code properties.name}. {@code $Default} always exists and is never declared.
 *
 * @param name    the group's name, 1-50 letters, digits, hyphens, periods and underscores
 * @param source  where it was declared
 */
public record ConsumerGroupSpec(String name, SourceLocation source) {

  public ConsumerGroupSpec {
    requireNonNull(name);
    requireNonNull(source);
  }

  /** The DSL path in diagnostics. */
  public String pathIn(IotHubSpec hub) {
    return hub.path() + ".consumerGroups[" + name + "]";
  }
}
