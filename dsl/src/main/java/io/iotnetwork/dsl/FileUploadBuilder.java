package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.FileNotificationSpec;
import io.iotnetwork.model.FileUploadSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.StorageAccountSpec;
import java.time.Duration;
import java.util.Optional;

/** Builds a hub's file upload settings. */
final class FileUploadBuilder implements IotHubStages.FileUpload {
  private final IotHub hub;
  private final StorageAccountSpec storage;
  private final String container;
  private final SourceLocation source;
  private Duration sasTtl = Duration.ofHours(1);
  private EgressAuthentication authentication = EgressAuthentication.DEFAULT;
  private Optional<FileNotificationSpec> notifications = Optional.empty();

  FileUploadBuilder(IotHub hub, StorageAccountSpec storage, String container, SourceLocation source) {
    this.hub = hub;
    this.storage = storage;
    this.container = container;
    this.source = source;
  }

  @Override
  public IotHubStages.FileUpload withSasTtl(Duration timeToLive) {
    this.sasTtl = requireNonNull(timeToLive, "timeToLive");
    return this;
  }

  @Override
  public IotHubStages.FileUpload withNotifications(Duration lockDuration, Duration timeToLive, int maxDeliveryCount) {
    this.notifications = Optional.of(new FileNotificationSpec(requireNonNull(lockDuration, "lockDuration"),
        requireNonNull(timeToLive, "timeToLive"), maxDeliveryCount));
    return this;
  }

  @Override
  public IotHubStages.FileUpload withNotifications() {
    this.notifications = Optional.of(FileNotificationSpec.DEFAULT);
    return this;
  }

  @Override
  public IotHubStages.FileUpload withIdentity(IdentityKind identity) {
    this.authentication = new EgressAuthentication(false, Optional.of(requireNonNull(identity, "identity")));
    return this;
  }

  @Override
  public IotHubStages.FileUpload withKeyBasedAuthentication() {
    this.authentication = new EgressAuthentication(true, Optional.empty());
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    hub.setFileUpload(new FileUploadSpec(storage, container, sasTtl, authentication, notifications, source));
    return hub;
  }
}
