package io.iotnetwork.generator.arm.read;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognizes secrets in exported strings: keys masked by the exporter ({@code ****}) and connection
 * strings with their keys ({@code AccountKey=}, {@code SharedAccessKey=},
 * {@code SharedAccessSignature=}), and strips a connection string down to its parts that are not
 * keys.
 */
final class Secrets {
  private static final Pattern KEY_PART = Pattern.compile(
      "(?i)^\\s*(AccountKey|SharedAccessKey|SharedAccessSignature|PrimaryKey|SecondaryKey)\\s*=.*");
  private static final Pattern HAS_KEY = Pattern.compile(
      "(?i)(^|;)\\s*(AccountKey|SharedAccessKey|SharedAccessSignature)\\s*=");

  private Secrets() {}

  /** Whether {@code text} is or holds a secret. */
  static boolean isSecret(String text) {
    return text.contains("****") || HAS_KEY.matcher(text).find();
  }

  /** Whether the secret in {@code text} was masked by the exporter rather than printed. */
  static boolean isMasked(String text) {
    return text.contains("****");
  }

  /** A connection string without its key parts, or empty when nothing else is left. */
  static Optional<String> withoutKeys(String text) {
    String rest = Stream.of(text.split(";"))
        .map(String::strip)
        .filter(part -> !part.isEmpty() && !KEY_PART.matcher(part).matches() && !part.contains("****"))
        .collect(Collectors.joining(";"));
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }
}
