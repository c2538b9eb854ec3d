package io.iotnetwork.generator;

import java.util.ArrayList;
import java.util.List;

/** Reads ARM expression text in tests: the arguments of a function call. */
public final class ArmArguments {
  private ArmArguments() {}

  /** Splits {@code a, f(b, c), 'd, e'} at the commas outside parentheses and quotes. */
  public static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(text.substring(start).strip());
    return parts;
  }

  /** The arguments of the call {@code call}, e.g. {@code resourceId('t', 'n')}. */
  public static List<String> of(String call) {
    return split(call.substring(call.indexOf('(') + 1, call.lastIndexOf(')')));
  }
}
