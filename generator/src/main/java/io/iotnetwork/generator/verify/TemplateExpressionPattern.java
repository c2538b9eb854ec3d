package io.iotnetwork.generator.verify;

/**
 * ARM's template expression pattern, {@code ^\[(?!\[)[\s\S]*\]$} ({@code common.json}'s
 * {@code expression}), matched without a regular expression. Every string property of every resource
 * is tried against it, and the JDK's regex tests each character of {@code [\s\S]*} against two
 * character classes, which made it the single largest cost of the schema check. networknt anchors
 * {@code $} at the very end of the string, so the pattern means: at least two characters, the first
 * {@code [} and the second not, and the last {@code ]}. {@code TemplateExpressionPatternTest} checks this
 * against networknt's own regex on every short string over the characters that matter.
 */
final class TemplateExpressionPattern {
  /** The pattern as the schema states it. */
  static final String REGEX = "^\\[(?!\\[)[\\s\\S]*\\]$";

  private TemplateExpressionPattern() {}

  /** True when networknt's regex for {@link #REGEX} finds a match in {@code value}. */
  static boolean matches(String value) {
    int length = value.length();
    return length >= 2 && value.charAt(0) == '[' && value.charAt(1) != '[' && value.charAt(length - 1) == ']';
  }
}
