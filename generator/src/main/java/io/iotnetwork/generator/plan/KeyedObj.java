package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An object whose keys are values, e.g. {@code identity.userAssignedIdentities}, keyed by an
 * identity's resource id. ARM writes an expression key as {@code "[...]"}, Bicep as
 * {@code '${...}'}.
 *
 * @param entries the properties, in output order
 */
public record KeyedObj(List<Entry> entries) implements Value {

  public KeyedObj {
    entries = List.copyOf(entries);
  }

  /**
   * One property.
   *
   * @param key   a string literal or an expression
   * @param value its value
   */
  public record Entry(Value key, Value value) {
    public Entry {
      requireNonNull(key);
      requireNonNull(value);
      if (!(key instanceof Expr) && !(key instanceof Lit lit && lit.value() instanceof String)) {
        throw new IllegalArgumentException("bug: a key is a string or an expression: " + key);
      }
    }
  }
}
