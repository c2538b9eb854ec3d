package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * The id of a resource this template declares. ARM: {@code resourceId('type', 'name', ...)};
 * Bicep: {@code symbol.id}. A reference to a created resource makes the referrer depend on it.
 *
 * @param target the resource
 */
public record ResourceIdOf(PlannedResource target) implements Expr {
  public ResourceIdOf {
    requireNonNull(target);
  }
}
