package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * File upload notifications ({@code messagingEndpoints.fileNotifications}).
 *
 * @param lockDuration      {@code lockDurationAsIso8601}
 * @param timeToLive        {@code ttlAsIso8601}
 * @param maxDeliveryCount  {@code maxDeliveryCount}, 1-100
 */
public record FileNotificationSpec(Duration lockDuration, Duration timeToLive, int maxDeliveryCount) {

  /** One minute lock, one hour to live, ten deliveries: the service's defaults. */
  public static final FileNotificationSpec DEFAULT =
      new FileNotificationSpec(Duration.ofMinutes(1), Duration.ofHours(1), 10);

  public FileNotificationSpec {
    requireNonNull(lockDuration);
    requireNonNull(timeToLive);
  }
}
