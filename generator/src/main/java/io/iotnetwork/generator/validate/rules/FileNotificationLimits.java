package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.FileNotificationSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What file notification settings ({@code messagingEndpoints.fileNotifications}) allow, shared by file upload's
 * and the hub's own: a positive lock duration and time to live, 1-100 deliveries (2023-06-30 schema).
 */
final class FileNotificationLimits {
  private FileNotificationLimits() {}

  /** Each problem of {@code notifications}, as the start of a sentence naming the property and the value. */
  static List<String> problems(FileNotificationSpec notifications) {
    List<String> found = new ArrayList<>();
    nonPositive(notifications.lockDuration(), "lockDurationAsIso8601").ifPresent(found::add);
    nonPositive(notifications.timeToLive(), "ttlAsIso8601").ifPresent(found::add);
    int count = notifications.maxDeliveryCount();
    if (count < 1 || count > 100) {
      found.add("maxDeliveryCount " + count + " is out of range; allowed: 1 to 100");
    }
    return found;
  }

  /** The problem of a duration that must be positive, if it is not. */
  static Optional<String> nonPositive(Duration duration, String property) {
    return duration.isNegative() || duration.isZero()
        ? Optional.of(property + " " + duration + " is not a positive duration")
        : Optional.empty();
  }
}
