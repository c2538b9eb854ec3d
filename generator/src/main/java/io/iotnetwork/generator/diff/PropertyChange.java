package io.iotnetwork.generator.diff;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One property that differs between the baseline and the proposed state of a resource. {@code path}
 * is its property path, with a list item named by its identifying field where it has one
 * ({@code properties.routing.routes[name=telemetry].condition}) and by position otherwise;
 * {@code segments} is the same path as names, so rules can match it.
 */
public record PropertyChange(String path, List<String> segments, Kind kind, Optional<JsonNode> before,
    Optional<JsonNode> after) {
  /** How the property changed. */
  public enum Kind {
    ADDED, REMOVED, CHANGED
  }

  public PropertyChange {
    requireNonNull(path, "path");
    segments = List.copyOf(segments);
    requireNonNull(kind, "kind");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }

  /** Whether the path ends with {@code tail} (property names, ignoring case and list item keys). */
  public boolean endsWith(String... tail) {
    if (tail.length > segments.size()) {
      return false;
    }
    for (int i = 0; i < tail.length; i++) {
      String have = PathSegments.name(segments.get(segments.size() - tail.length + i));
      if (!tail[i].equals("*") && !tail[i].equalsIgnoreCase(have)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the path starts with {@code head} (property names, ignoring case and list item keys). */
  public boolean startsWith(String... head) {
    if (head.length > segments.size()) {
      return false;
    }
    for (int i = 0; i < head.length; i++) {
      if (!head[i].equals("*") && !head[i].equalsIgnoreCase(PathSegments.name(segments.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** The value before, as text ({@code ""} when absent). */
  public String beforeText() {
    return before.map(JsonNode::asText).orElse("");
  }

  /** The value after, as text ({@code ""} when absent). */
  public String afterText() {
    return after.map(JsonNode::asText).orElse("");
  }

  /** The value before as a reviewer reads it: text quoted, other JSON as written, {@code (absent)} when absent. */
  public String describedBefore() {
    return describe(before);
  }

  /** The value after as a reviewer reads it: text quoted, other JSON as written, {@code (absent)} when absent. */
  public String describedAfter() {
    return describe(after);
  }

  /** {@code value} as a reviewer reads it: text quoted, other JSON as written, {@code (absent)} when absent. */
  public static String describe(Optional<JsonNode> value) {
    return value.map(node -> node.isTextual() ? "'" + node.asText() + "'" : node.toString()).orElse("(absent)");
  }
}
