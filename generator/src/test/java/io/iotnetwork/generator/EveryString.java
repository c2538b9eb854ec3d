package io.iotnetwork.generator;

import java.util.ArrayList;
import java.util.List;

/** Every string up to a length over an alphabet, for exhaustive comparisons. */
public final class EveryString {
  private EveryString() {}

  /** Every string of at most {@code maxLength} characters of {@code alphabet}, the empty one first, shortest first. */
  public static List<String> upTo(int maxLength, char... alphabet) {
    List<String> strings = new ArrayList<>(List.of(""));
    List<String> level = List.of("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : level) {
        for (char c : alphabet) {
          next.add(prefix + c);
        }
      }
      strings.addAll(next);
      level = next;
    }
    return strings;
  }
}
