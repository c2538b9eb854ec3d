package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.CloudToDeviceSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * {@code cloud-to-device-settings}: cloud-to-device messages and their feedback are delivered 1-100 times
 * ({@code cloudToDevice.maxDeliveryCount}, {@code cloudToDevice.feedback.maxDeliveryCount}, azure-facts §11 and
 * the 2023-06-30 schema); the time to live and lock duration are positive durations.
 */
public final class CloudToDeviceSettingsRule extends RuleSupport {
  private static final int MAX_DELIVERY_COUNT = 100;

  public CloudToDeviceSettingsRule() {
    super("cloud-to-device-settings");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .flatMap(hub -> hub.settings().cloudToDevice().stream().flatMap(messages -> check(hub, messages)));
  }

  private Stream<Diagnostic> check(IotHubSpec hub, CloudToDeviceSpec messages) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    String path = hub.path() + ".cloudToDevice";
    String call = ".defineCloudToDevice(maxDeliveryCount, defaultTimeToLive)";
    deliveryCount(messages.maxDeliveryCount(), "maxDeliveryCount", call, path, messages, found);
    positive(messages.defaultTtl(), "defaultTtlAsIso8601", call, path, messages, found);
    messages.feedback().ifPresent(feedback -> {
      String feedbackPath = path + ".feedback";
      String feedbackCall = ".withFeedback(lockDuration, timeToLive, maxDeliveryCount)";
      deliveryCount(feedback.maxDeliveryCount(), "feedback.maxDeliveryCount", feedbackCall, feedbackPath, messages,
          found);
      positive(feedback.lockDuration(), "feedback.lockDurationAsIso8601", feedbackCall, feedbackPath, messages, found);
      positive(feedback.timeToLive(), "feedback.ttlAsIso8601", feedbackCall, feedbackPath, messages, found);
    });
    return found.build();
  }

  private void deliveryCount(int count, String property, String call, String path, CloudToDeviceSpec messages,
      Stream.Builder<Diagnostic> found) {
    if (count < 1 || count > MAX_DELIVERY_COUNT) {
      found.add(error(path, messages.source(),
          "cloudToDevice." + property + " " + count + " is out of range; allowed: 1 to " + MAX_DELIVERY_COUNT + ".",
          "Pass a maxDeliveryCount from 1 to " + MAX_DELIVERY_COUNT + " to " + call + "."));
    }
  }

  private void positive(Duration duration, String property, String call, String path, CloudToDeviceSpec messages,
      Stream.Builder<Diagnostic> found) {
    if (duration.isNegative() || duration.isZero()) {
      found.add(error(path, messages.source(),
          "cloudToDevice." + property + " " + duration + " is not a positive duration.",
          "Pass a positive Duration to " + call + "."));
    }
  }
}
