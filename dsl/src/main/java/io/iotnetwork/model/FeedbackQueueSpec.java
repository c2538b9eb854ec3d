package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The feedback queue of cloud-to-device messages ({@code cloudToDevice.feedback}).
 *
 * @param lockDuration      {@code lockDurationAsIso8601}
 * @param timeToLive        {@code ttlAsIso8601}
 * @param maxDeliveryCount  {@code maxDeliveryCount}, 1-100
 */
public record FeedbackQueueSpec(Duration lockDuration, Duration timeToLive, int maxDeliveryCount) {
  public FeedbackQueueSpec {
    requireNonNull(lockDuration);
    requireNonNull(timeToLive);
  }
}
