package io.iotnetwork.generator.emit.bicep;

import io.iotnetwork.generator.plan.Arr;
import io.iotnetwork.generator.plan.Call;
import io.iotnetwork.generator.plan.Expr;
import io.iotnetwork.generator.plan.KeyedObj;
import io.iotnetwork.generator.plan.Lit;
import io.iotnetwork.generator.plan.Member;
import io.iotnetwork.generator.plan.NotListed;
import io.iotnetwork.generator.plan.Obj;
import io.iotnetwork.generator.plan.ParamRef;
import io.iotnetwork.generator.plan.PropertyOf;
import io.iotnetwork.generator.plan.ResourceIdOf;
import io.iotnetwork.generator.plan.ScopeOf;
import io.iotnetwork.generator.plan.Value;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Prints plan values in Bicep syntax: literals, multi-line objects and arrays, expressions. */
final class BicepValues {
  private static final String INDENT = "  ";

  private BicepValues() {}

  /** {@code value} printed at nesting depth {@code depth} (continuation lines are indented to it). */
  static String print(Value value, int depth) {
    StringBuilder out = new StringBuilder();
    append(value, depth, out);
    return out.toString();
  }

  /** Appends {@code value} printed at nesting depth {@code depth} to {@code out}: one buffer for the whole tree. */
  private static void append(Value value, int depth, StringBuilder out) {
    if (value instanceof Lit lit) {
      if (lit.value() instanceof String text) {
        quote(text, out);
      } else {
        out.append(lit.value());
      }
    } else if (value instanceof Obj obj) {
      block(out, '{', '}', depth, obj.entries().entrySet(), (entry, line) -> {
        key(entry.getKey(), line).append(": ");
        append(entry.getValue(), depth + 1, line);
      });
    } else if (value instanceof KeyedObj keyed) {
      block(out, '{', '}', depth, keyed.entries(), (entry, line) -> {
        line.append(key(entry.key())).append(": ");
        append(entry.value(), depth + 1, line);
      });
    } else if (value instanceof Arr arr) {
      block(out, '[', ']', depth, arr.items(), (item, line) -> append(item, depth + 1, line));
    } else {
      out.append(expression((Expr) value));
    }
  }

  /**
   * Bicep's multi-line layout, the one place it is written: {@code open}, each item on its own line
   * indented to {@code depth + 1}, {@code close} indented to {@code depth}; {@code {}} or {@code []}
   * when there are no items.
   */
  private static <T> void block(StringBuilder out, char open, char close, int depth, Collection<T> items,
      BiConsumer<T, StringBuilder> item) {
    out.append(open);
    if (!items.isEmpty()) {
      out.append('\n');
      for (T each : items) {
        indent(out, depth + 1);
        item.accept(each, out);
        out.append('\n');
      }
      indent(out, depth);
    }
    out.append(close);
  }

  private static StringBuilder indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
    return out;
  }

  /**
   * An object literal from properties whose values are already Bicep text printed at
   * {@code depth + 1}, e.g. symbols such as a resource's {@code parent}.
   */
  static String printedObject(Map<String, String> entries, int depth) {
    StringBuilder out = new StringBuilder();
    block(out, '{', '}', depth, entries.entrySet(),
        (entry, line) -> key(entry.getKey(), line).append(": ").append(entry.getValue()));
    return out.toString();
  }

  /** A multi-line array of already printed items at {@code depth}. */
  static String printedArray(List<String> items, int depth) {
    StringBuilder out = new StringBuilder();
    block(out, '[', ']', depth, items, (item, line) -> line.append(item));
    return out.toString();
  }

  /**
   * A Bicep string literal: single quotes, with {@code \\}, {@code '} and {@code $&#123;} escaped, and
   * every control character (U+0000-U+001F, U+007F-U+009F) and line or paragraph separator
   * (U+2028, U+2029) written as {@code \n}, {@code \r}, {@code \t} or <code>&#92;u&#123;X&#125;</code> (hexadecimal), so a
   * literal is one line of printable text.
   */
  static String quote(String text) {
    return quote(text, new StringBuilder(text.length() + 2)).toString();
  }

  /**
   * Appends {@link #quote(String) quote(text)} to {@code out}, and returns {@code out}: the characters
   * between two escapes are copied at once.
   */
  private static StringBuilder quote(String text, StringBuilder out) {
    out.append('\'');
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      String escape = escape(text, i);
      if (escape != null) {
        out.append(text, copied, i).append(escape);
        copied = i + 1;
      }
    }
    return out.append(text, copied, text.length()).append('\'');
  }

  /** How {@link #quote} writes the character at {@code i} of {@code text}; null when as it is. */
  private static String escape(String text, int i) {
    char c = text.charAt(i);
    return switch (c) {
      case '\\' -> "\\\\";
      case '\'' -> "\\'";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '$' -> i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\$" : null;
      default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          ? "\\u{" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + "}" : null;
    };
  }

  /**
   * True when {@code text} is a Bicep identifier, {@code [A-Za-z_][A-Za-z0-9_]*}, checked by hand: every
   * object key is asked, and a regex matcher for each was a large share of what printing Bicep allocated.
   */
  static boolean isIdentifier(String text) {
    if (text.isEmpty() || isDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static StringBuilder key(String key, StringBuilder out) {
    return isIdentifier(key) ? out.append(key) : quote(key, out);
  }

  /** A computed key: a quoted literal, or {@code '${expression}'}. */
  private static String key(Value key) {
    if (key instanceof Lit lit && lit.value() instanceof String text) {
      return quote(text);
    }
    return "'${" + expression((Expr) key) + "}'";
  }

  private static String expression(Expr expr) {
    if (expr instanceof ParamRef param) {
      return param.parameter().name();
    } else if (expr instanceof ResourceIdOf id) {
      return id.target().symbolicName() + ".id";
    } else if (expr instanceof PropertyOf property) {
      // a conditional resource's properties may be null to Bicep (BCP318); the condition is only false
      // for a resource that exists already, whose properties the reference reads
      String nonNull = property.target().condition().isPresent() ? "!" : "";
      return property.target().symbolicName() + nonNull + property.path().stream()
          .map(segment -> isIdentifier(segment) ? "." + segment : "[" + quote(segment) + "]")
          .collect(Collectors.joining());
    } else if (expr instanceof ScopeOf scope) {
      return scope.target().symbolicName();
    } else if (expr instanceof Call call) {
      return call.function() + "(" + call.arguments().stream().map(argument -> print(argument, 0))
          .collect(Collectors.joining(", ")) + ")";
    } else if (expr instanceof Member member) {
      return expression(member.target()) + "." + member.property();
    } else if (expr instanceof NotListed test) {
      return "!contains(" + print(test.list(), 0) + ", " + print(test.item(), 0) + ")";
    }
    throw new IllegalStateException("bug: unknown expression " + expr);
  }
}
