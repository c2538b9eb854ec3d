package io.iotnetwork.generator.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object whose keys keep the order they were added in, so output is deterministic.
 *
 * @param entries the properties, in output order
 */
public record Obj(Map<String, Value> entries) implements Value {

  public Obj {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** An empty object. */
  public static Obj empty() {
    return new Obj(Map.of());
  }

  /** Starts an object. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value at {@code key}, or null. */
  public Value get(String key) {
    return entries.get(key);
  }

  /** A copy with {@code key} set to {@code value}; a new key goes last. */
  public Obj with(String key, Value value) {
    LinkedHashMap<String, Value> copy = new LinkedHashMap<>(entries);
    copy.put(key, value);
    return new Obj(copy);
  }

  /** True when the object has no properties. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Builds an {@link Obj} in insertion order. */
  public static final class Builder {
    private final LinkedHashMap<String, Value> entries = new LinkedHashMap<>();

    /** Sets {@code key}. */
    public Builder put(String key, Value value) {
      entries.put(key, value);
      return this;
    }

    /** Sets {@code key} to a string literal. */
    public Builder put(String key, String text) {
      return put(key, Value.of(text));
    }

    /** Sets {@code key} to a boolean literal. */
    public Builder put(String key, boolean flag) {
      return put(key, Value.of(flag));
    }

    /** Sets {@code key} to an integer literal. */
    public Builder put(String key, long number) {
      return put(key, Value.of(number));
    }

    /** Sets {@code key} when {@code value} is not null. */
    public Builder putIfPresent(String key, Value value) {
      return value == null ? this : put(key, value);
    }

    /** The object. */
    public Obj build() {
      return new Obj(entries);
    }
  }
}
