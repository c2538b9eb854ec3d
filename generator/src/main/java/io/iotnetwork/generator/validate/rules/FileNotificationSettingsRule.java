package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code file-notification-settings}: file notifications stated without file upload
 * ({@code .withFileNotifications(..)}) are delivered 1-100 times ({@code maxDeliveryCount}, 2023-06-30 schema) with a
 * positive lock duration and time to live; they, or {@code .withFileUploadNotifications(..)}, are not stated again
 * by {@code .defineFileUpload(..).withNotifications(..)}, which sets both.
 */
public final class FileNotificationSettingsRule extends RuleSupport {
  private static final String CALL = ".withFileNotifications(lockDuration, timeToLive, maxDeliveryCount)";

  public FileNotificationSettingsRule() {
    super("file-notification-settings");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    String path = hub.path() + ".fileNotifications";
    hub.settings().fileNotifications().ifPresent(notifications -> FileNotificationLimits.problems(notifications)
        .forEach(problem -> found.add(error(path, hub.source(), "File notification " + problem + ".",
            "Pass a positive lockDuration and timeToLive and a maxDeliveryCount from 1 to 100 to " + CALL + "."))));
    boolean statedAlone = hub.settings().fileNotifications().isPresent()
        || hub.settings().enableFileUploadNotifications().isPresent();
    if (statedAlone && hub.egress().fileUpload().flatMap(upload -> upload.notifications()).isPresent()) {
      found.add(error(path, hub.source(), "Hub '" + hub.name() + "' states file notifications twice: with "
          + ".defineFileUpload(..).withNotifications(..) and alone.",
          "Keep .withNotifications(..) on the file upload and remove " + CALL + " and .withFileUploadNotifications(..)."));
    }
    return found.build();
  }
}
