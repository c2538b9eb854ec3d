package io.iotnetwork.generator.diff;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.List;
import java.util.Optional;

/**
 * A resource whose state differs: created, no longer managed, or modified property by property.
 * {@code before} and {@code after} are the baseline's and the proposed normalized resources.
 */
public record ResourceChange(Kind kind, Optional<ExportedResource> before, Optional<ExportedResource> after,
    List<PropertyChange> properties) {
  /** What happens to the resource. */
  public enum Kind {
    CREATE, DELETE, MODIFY
  }

  public ResourceChange {
    requireNonNull(kind, "kind");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    properties = List.copyOf(properties);
  }

  /** The resource on whichever side it exists, the proposed one first. */
  public ExportedResource resource() {
    return after.or(() -> before).orElseThrow();
  }

  /** Its type. */
  public String type() {
    return resource().type();
  }

  /** Whether it is of {@code type}, ignoring case. */
  public boolean isA(String type) {
    return resource().isA(type);
  }

  /** {@code Microsoft.Devices/IotHubs 'hub-a'} for messages. */
  public String label() {
    return resource().type() + " '" + resource().name() + "'";
  }
}
