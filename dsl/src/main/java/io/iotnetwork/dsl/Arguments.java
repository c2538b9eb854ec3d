package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Checks of the DSL's arguments. A single value is checked with {@code requireNonNull(value, "name")};
 * arrays and collections here, so a null one, or a null element, names the parameter
 * ({@code addressPrefixes}, {@code addressPrefixes[1]}).
 */
final class Arguments {
  private Arguments() {}

  /** An unmodifiable copy of {@code values}; throws a NullPointerException naming the array or element. */
  @SafeVarargs
  static <T> List<T> listOf(String name, T... values) {
    return listOf(name, Arrays.asList(requireNonNull(values, name)));
  }

  /** An unmodifiable copy of {@code values}; throws a NullPointerException naming the collection or element. */
  static <T> List<T> listOf(String name, Collection<? extends T> values) {
    List<T> copy = new ArrayList<>(requireNonNull(values, name));
    for (int i = 0; i < copy.size(); i++) {
      requireNonNull(copy.get(i), name + "[" + i + "]");
    }
    return List.copyOf(copy);
  }
}
