package io.iotnetwork.generator.plan;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An object whose keys keep the order they were added in, so output is deterministic.
 *
 * @param entries the properties, in output order
 */
public record Obj(Map<String, Value> entries) implements Value {

  public Obj {
    entries = entries instanceof Frozen<String, Value> frozen ? frozen : new Frozen<>(new LinkedHashMap<>(entries));
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
    return new Obj(new Frozen<>(copy));
  }

  /** True when the object has no properties. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Builds an {@link Obj} in insertion order. */
  public static final class Builder {
    private LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
    /** True once {@link #build} handed {@link #entries} to an object: the next put copies them first. */
    private boolean built;

    /** Sets {@code key}. */
    public Builder put(String key, Value value) {
      if (built) {
        entries = new LinkedHashMap<>(entries);
        built = false;
      }
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
      built = true;
      return new Obj(new Frozen<>(entries));
    }
  }

  /**
   * A read-only view of a map no one else changes: what an object holds, taken over from a builder
   * or a copy without copying again.
   */
  private static final class Frozen<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;

    Frozen(LinkedHashMap<K, V> map) {
      this.map = map;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return Collections.unmodifiableMap(map).entrySet();
    }

    @Override
    public V get(Object key) {
      return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public Collection<V> values() {
      return Collections.unmodifiableCollection(map.values());
    }

    @Override
    public Set<K> keySet() {
      return Collections.unmodifiableSet(map.keySet());
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
      map.forEach(action);
    }
  }
}
