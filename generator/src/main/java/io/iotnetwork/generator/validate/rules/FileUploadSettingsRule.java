package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.FileUploadSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
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
    FileNotificationLimits.nonPositive(upload.sasTtl(), "sasTtlAsIso8601").ifPresent(problem -> found.add(
        error(path, upload.source(), problem + ".", "Pass a positive Duration to .withSasTtl(Duration.ofHours(1)).")));
    upload.notifications().ifPresent(notifications -> FileNotificationLimits.problems(notifications).forEach(problem ->
        found.add(error(path, upload.source(), "File upload notification " + problem + ".", "Pass a positive "
            + "lockDuration and timeToLive and a maxDeliveryCount from 1 to 100 to .withNotifications(lockDuration, "
            + "timeToLive, maxDeliveryCount)."))));
    return found.build();
  }
}
