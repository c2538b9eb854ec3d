package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * File upload: the {@code $default} storage endpoint ({@code properties.storageEndpoints}) and its
 * notifications ({@code enableFileUploadNotifications}, {@code messagingEndpoints.fileNotifications}).
 *
 * @param storage          the account devices upload to
 * @param containerName    the container
 * @param sasTtl           {@code sasTtlAsIso8601}: how long the SAS URIs handed to devices live
 * @param authentication   identity-based (default) or key-based
 * @param notifications    the notification settings; empty means notifications off
 * @param source           where it was declared
 */
public record FileUploadSpec(StorageAccountSpec storage, String containerName, Duration sasTtl,
    EgressAuthentication authentication, Optional<FileNotificationSpec> notifications, SourceLocation source) {

  public FileUploadSpec {
    requireNonNull(storage);
    requireNonNull(containerName);
    requireNonNull(sasTtl);
    requireNonNull(authentication);
    requireNonNull(notifications);
    requireNonNull(source);
  }
}
