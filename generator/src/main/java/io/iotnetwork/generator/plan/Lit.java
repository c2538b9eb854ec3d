package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * A literal: a {@link String}, {@link Boolean} or {@link Long}.
 *
 * @param value the literal
 */
public record Lit(Object value) implements Value {
  public Lit {
    requireNonNull(value);
    if (!(value instanceof String || value instanceof Boolean || value instanceof Long)) {
      throw new IllegalArgumentException("bug: unsupported literal " + value.getClass());
    }
  }
}
