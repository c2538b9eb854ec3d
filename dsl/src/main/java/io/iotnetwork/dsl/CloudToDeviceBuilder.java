package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.CloudToDeviceSpec;
import io.iotnetwork.model.FeedbackQueueSpec;
import io.iotnetwork.model.SourceLocation;
import java.time.Duration;
import java.util.Optional;

/** Builds a hub's cloud-to-device messaging settings. */
final class CloudToDeviceBuilder implements IotHubStages.CloudToDevice {
  private final IotHub hub;
  private final HubSettingsBuilder settings;
  private final int maxDeliveryCount;
  private final Duration defaultTimeToLive;
  private final SourceLocation source;
  private Optional<FeedbackQueueSpec> feedback = Optional.empty();

  CloudToDeviceBuilder(IotHub hub, HubSettingsBuilder settings, int maxDeliveryCount, Duration defaultTimeToLive,
      SourceLocation source) {
    this.hub = hub;
    this.settings = settings;
    this.maxDeliveryCount = maxDeliveryCount;
    this.defaultTimeToLive = defaultTimeToLive;
    this.source = source;
  }

  @Override
  public IotHubStages.CloudToDevice withFeedback(Duration lockDuration, Duration timeToLive, int maxDeliveryCount) {
    this.feedback = Optional.of(new FeedbackQueueSpec(requireNonNull(lockDuration, "lockDuration"),
        requireNonNull(timeToLive, "timeToLive"), maxDeliveryCount));
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    settings.cloudToDevice(new CloudToDeviceSpec(maxDeliveryCount, defaultTimeToLive, feedback, source));
    return hub;
  }
}
