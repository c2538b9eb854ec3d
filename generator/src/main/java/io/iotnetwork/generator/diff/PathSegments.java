package io.iotnetwork.generator.diff;

import java.util.List;

/** The segments of a property path: a property name, or a list item as {@code [name=x]} or {@code [3]}. */
final class PathSegments {
  private PathSegments() {}

  /** The property name a segment stands for; a list item is its list's. */
  static String name(String segment) {
    return segment.startsWith("[") ? "[]" : segment;
  }

  /** {@code a.b[name=x].c}. */
  static String join(List<String> segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (!segment.startsWith("[") && path.length() > 0) {
        path.append('.');
      }
      path.append(segment);
    }
    return path.toString();
  }
}
