package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One Java expression of a generated definition. Built only by the factories here, which quote
 * strings and pick the SDK's named constants, so the printed source always compiles and reads as a
 * person would write it. A class it names is held as a {@link #type(Class) type token}, which
 * {@link DefinitionWriter} prints as the simple name with an import, or fully qualified when two
 * classes share a simple name (the three SDKs' {@code SkuName}).
 *
 * @param text  the expression, with type tokens
 */
public record JavaCode(String text) {
  /** Delimiters of a type token: {@code <START>fully.qualified.Name<END>}. */
  static final char TYPE_START = '\u0001';
  static final char TYPE_END = '\u0002';

  public JavaCode {
    requireNonNull(text);
  }

  /** The token naming {@code type}. */
  static String type(Class<?> type) {
    return TYPE_START + type.getName() + TYPE_END;
  }

  /** A string literal. */
  public static JavaCode string(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return new JavaCode(quoted.append('"').toString());
  }

  /** An int or long literal ({@code L} added beyond the int range). */
  public static JavaCode number(long value) {
    boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    return new JavaCode(fitsInt ? Long.toString(value) : value + "L");
  }

  /** A {@code long} literal, for parameters typed {@code long}. */
  public static JavaCode longNumber(long value) {
    return new JavaCode(value + "L");
  }

  /** {@code true} or {@code false}. */
  public static JavaCode bool(boolean value) {
    return new JavaCode(Boolean.toString(value));
  }

  /** A local variable. */
  public static JavaCode variable(String name) {
    return new JavaCode(name);
  }

  /**
   * The constant of {@code type} (a Java enum or an SDK expandable enum) whose value is {@code value},
   * ignoring case and separators; {@code type.fromString("value")} when it has none.
   */
  public static JavaCode constant(Class<?> type, String value) {
    return constantName(type, value)
        .map(name -> new JavaCode(type(type) + "." + name))
        .orElseGet(() -> call(type, "fromString", string(value)));
  }

  /** Whether {@code type} has a constant for {@code value}. */
  public static boolean hasConstant(Class<?> type, String value) {
    return constantName(type, value).isPresent();
  }

  /** The named region of {@code programmaticName} ({@code Region.EUROPE_WEST}), else {@code Region.fromName(..)}. */
  public static JavaCode region(String programmaticName) {
    for (Field field : constants(Region.class)) {
      if (((Region) read(field)).name().equalsIgnoreCase(programmaticName)) {
        return new JavaCode(type(Region.class) + "." + field.getName());
      }
    }
    return call(Region.class, "fromName", string(programmaticName));
  }

  /** {@code Duration.ofHours(1)}, {@code ofMinutes}, {@code ofSeconds}, or {@code ofMillis} for fractions. */
  public static JavaCode duration(Duration duration) {
    String factory;
    long amount;
    if (duration.getNano() % 1_000_000 != 0 || duration.toMillis() % 1000 != 0) {
      factory = "ofMillis";
      amount = duration.toMillis();
    } else if (duration.getSeconds() % 86_400 == 0 && duration.getSeconds() != 0) {
      factory = "ofDays";
      amount = duration.toDays();
    } else if (duration.getSeconds() % 3600 == 0 && duration.getSeconds() != 0) {
      factory = "ofHours";
      amount = duration.toHours();
    } else if (duration.getSeconds() % 60 == 0 && duration.getSeconds() != 0) {
      factory = "ofMinutes";
      amount = duration.toMinutes();
    } else {
      factory = "ofSeconds";
      amount = duration.getSeconds();
    }
    return new JavaCode(type(Duration.class) + "." + factory + "(" + amount + ")");
  }

  /** {@code Type.method(args)}. */
  public static JavaCode call(Class<?> type, String method, JavaCode... arguments) {
    return new JavaCode(type(type) + "." + method + "(" + join(List.of(arguments)) + ")");
  }

  /** The arguments, comma separated. */
  static String join(List<JavaCode> arguments) {
    return arguments.stream().map(JavaCode::text).collect(Collectors.joining(", "));
  }

  private static Optional<String> constantName(Class<?> type, String value) {
    String wanted = simplified(value);
    for (Field field : constants(type)) {
      Object constant = read(field);
      if (simplified(constant.toString()).equals(wanted) || simplified(field.getName()).equals(wanted)) {
        return Optional.of(field.getName());
      }
    }
    return Optional.empty();
  }

  private static List<Field> constants(Class<?> type) {
    return Arrays.stream(type.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType().equals(type))
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .toList();
  }

  private static Object read(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException bug) {
      throw new IllegalStateException("bug: public constant " + field + " cannot be read", bug);
    }
  }

  private static String simplified(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
