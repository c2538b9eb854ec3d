package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.FileNotificationSpec;
import io.iotnetwork.model.FileUploadSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * {@code file-upload-settings}: file upload notifications are delivered 1-100 times
 * ({@code maxDeliveryCount}, azure-facts §1); the SAS time to live, the notification lock duration
 * and time to live are positive durations.
 */
public final class FileUploadSettingsRule extends RuleSupport {

  public FileUploadSettingsRule() {
    super("file-upload-settings");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .flatMap(hub -> hub.egress().fileUpload().stream().flatMap(upload -> check(hub, upload)));
  }

  private Stream<Diagnostic> check(IotHubSpec hub, FileUploadSpec upload) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    String path = hub.path() + ".fileUpload";
    nonPositive(upload.sasTtl(), "sasTtlAsIso8601", ".withSasTtl(Duration.ofHours(1))", path, upload, found);
    upload.notifications().ifPresent(notifications -> {
      String call = ".withNotifications(lockDuration, timeToLive, maxDeliveryCount)";
      nonPositive(notifications.lockDuration(), "lockDurationAsIso8601", call, path, upload, found);
      nonPositive(notifications.timeToLive(), "ttlAsIso8601", call, path, upload, found);
      deliveryCount(notifications, path, upload, found);
    });
    return found.build();
  }

  private void nonPositive(Duration duration, String property, String call, String path, FileUploadSpec upload,
      Stream.Builder<Diagnostic> found) {
    if (duration.isNegative() || duration.isZero()) {
      found.add(error(path, upload.source(), property + " " + duration + " is not a positive duration.",
          "Pass a positive Duration to " + call + "."));
    }
  }

  private void deliveryCount(FileNotificationSpec notifications, String path, FileUploadSpec upload,
      Stream.Builder<Diagnostic> found) {
    int count = notifications.maxDeliveryCount();
    if (count < 1 || count > 100) {
      found.add(error(path, upload.source(),
          "File upload notification maxDeliveryCount " + count + " is out of range; allowed: 1 to 100.",
          "Pass a maxDeliveryCount from 1 to 100 to .withNotifications(lockDuration, timeToLive, maxDeliveryCount)."));
    }
  }
}
