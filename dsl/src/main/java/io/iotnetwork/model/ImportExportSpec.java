package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * The container bulk device import/export jobs may use. Jobs themselves are data-plane requests
 * ({@code storageAuthenticationType: identityBased}), not template properties: the template only
 * grants the hub's identity Storage Blob Data Contributor on this container.
 *
 * @param storage         the account
 * @param containerName   the container
 * @param authentication  the identity jobs will use (always identity-based)
 * @param source          where it was declared
 */
public record ImportExportSpec(StorageAccountSpec storage, String containerName, EgressAuthentication authentication,
    SourceLocation source) {

  public ImportExportSpec {
    requireNonNull(storage);
    requireNonNull(containerName);
    requireNonNull(authentication);
    requireNonNull(source);
  }
}
