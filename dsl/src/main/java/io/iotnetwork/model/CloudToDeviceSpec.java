package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Cloud-to-device messaging ({@code properties.cloudToDevice}).
 *
 * @param maxDeliveryCount  {@code maxDeliveryCount}, 1-100
 * @param defaultTtl        {@code defaultTtlAsIso8601}
 * @param feedback          {@code feedback}; empty leaves it out
 * @param source            where it was declared
 */
public record CloudToDeviceSpec(int maxDeliveryCount, Duration defaultTtl, Optional<FeedbackQueueSpec> feedback,
    SourceLocation source) {
  public CloudToDeviceSpec {
    requireNonNull(defaultTtl);
    requireNonNull(feedback);
    requireNonNull(source);
  }
}
