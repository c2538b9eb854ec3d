package io.iotnetwork.maven;

import java.util.Locale;

/**
 * Text for the build log. A user's value (a hub name, a network id, an exception's message) can hold
 * a line break, and a raw one would start a line of its own that reads like Maven's own, e.g. a
 * forged {@code [ERROR] ...}; so every log line and failure message that holds user values passes
 * through {@link #escape(String)}.
 */
final class LogText {
  private LogText() {}

  /**
   * {@code text} on one line: control characters (U+0000-U+001F, U+007F-U+009F) and the line and
   * paragraph separators (U+2028, U+2029) as Java escapes ({@code \n}, {@code \r}, {@code \t},
   * {@code \b}, {@code \f}, otherwise <code>&#92;uXXXX</code>); every other character as it is.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
