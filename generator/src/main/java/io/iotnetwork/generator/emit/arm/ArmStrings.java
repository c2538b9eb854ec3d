package io.iotnetwork.generator.emit.arm;

/**
 * How ARM tells a JSON string that is an expression from a literal: an expression starts with
 * {@code [} and ends with {@code ]}; such a string that starts with {@code [[} is a literal without
 * its first bracket. A literal of that shape is written with one more {@code [}; any other literal,
 * {@code [x} or {@code [} among them, is written as it is ("Escape characters" in Microsoft's
 * "Syntax and expressions in ARM templates").
 */
public final class ArmStrings {
  private ArmStrings() {}

  /** The JSON string ARM reads back as the literal {@code text}: {@code [x]} becomes {@code [[x]}. */
  public static String literal(String text) {
    return bracketed(text) ? "[" + text : text;
  }

  /** True when ARM evaluates the JSON string {@code json} as an expression. */
  public static boolean isExpression(String json) {
    return bracketed(json) && !json.startsWith("[[");
  }

  private static boolean bracketed(String text) {
    return !text.isEmpty() && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']';
  }
}
