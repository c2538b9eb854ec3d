package io.iotnetwork.generator.arm.read;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as exports write them, in one canonical ISO 8601 form ({@link Duration#toString()}, so
 * {@code PT60S} and {@code PT1M} are the same value). {@code az iot hub show} prints the SDK's
 * Python {@code timedelta}: {@code 0:00:35}, {@code 23:00:00}, {@code 1 day, 5:00:00},
 * {@code 2 days, 0:00:00.500000} (azure-facts §11, the CLI's tests).
 */
final class Durations {
  private static final Pattern TIMEDELTA = Pattern.compile(
      "^(?:(-?\\d+) days?, )?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?$");

  private Durations() {}

  /** The canonical ISO 8601 form of an ISO 8601 or timedelta text, or empty when it is neither. */
  static Optional<String> canonical(String text) {
    return parse(text).map(Duration::toString);
  }

  /** Whether {@code text} is a Python timedelta (the az CLI's form). */
  static boolean isTimedelta(String text) {
    return TIMEDELTA.matcher(text).matches();
  }

  static Optional<Duration> parse(String text) {
    Matcher timedelta = TIMEDELTA.matcher(text);
    if (timedelta.matches()) {
      long days = timedelta.group(1) == null ? 0 : Long.parseLong(timedelta.group(1));
      String fraction = timedelta.group(5) == null ? "0" : (timedelta.group(5) + "00000").substring(0, 6);
      return Optional.of(Duration.ofDays(days)
          .plusHours(Long.parseLong(timedelta.group(2)))
          .plusMinutes(Long.parseLong(timedelta.group(3)))
          .plusSeconds(Long.parseLong(timedelta.group(4)))
          .plusNanos(Long.parseLong(fraction) * 1_000));
    }
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
  }
}
