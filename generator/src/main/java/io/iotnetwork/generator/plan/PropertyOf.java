package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A runtime property of a deployed resource, e.g. {@code identity.principalId}.
 * ARM: {@code reference(resourceId(..), 'apiVersion', 'full').identity.principalId};
 * Bicep: {@code symbol.identity.principalId}.
 *
 * @param target the resource
 * @param path   the property path below the resource's root
 */
public record PropertyOf(PlannedResource target, List<String> path) implements Expr {
  public PropertyOf {
    requireNonNull(target);
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("bug: empty property path");
    }
  }

  /** {@code target}'s property at {@code path}. */
  public static PropertyOf of(PlannedResource target, String... path) {
    return new PropertyOf(target, List.of(path));
  }
}
