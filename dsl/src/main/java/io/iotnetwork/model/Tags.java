package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Helpers for the tag maps of the model: copied, sorted by key, never null. */
public final class Tags {
  private Tags() {}

  /** An unmodifiable copy of {@code tags}, sorted by key so output is deterministic. */
  public static Map<String, String> copyOf(Map<String, String> tags) {
    return Collections.unmodifiableMap(new TreeMap<>(requireNonNull(tags, "tags")));
  }

  /** {@code base} overridden by {@code overrides}, sorted by key. */
  public static Map<String, String> merge(Map<String, String> base, Map<String, String> overrides) {
    TreeMap<String, String> merged = new TreeMap<>(requireNonNull(base, "base"));
    merged.putAll(requireNonNull(overrides, "overrides"));
    return Collections.unmodifiableMap(merged);
  }
}
