package io.iotnetwork.generator.plan;

import java.util.List;

/**
 * An array.
 *
 * @param items the elements, in order
 */
public record Arr(List<Value> items) implements Value {
  public Arr {
    items = List.copyOf(items);
  }

  /** An array of {@code items}. */
  public static Arr of(Value... items) {
    return new Arr(List.of(items));
  }
}
