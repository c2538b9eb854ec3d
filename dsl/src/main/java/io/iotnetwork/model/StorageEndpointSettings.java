package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.RoutingStorageContainerPropertiesEncoding;

/**
 * How a storage container endpoint batches and names blobs.
 *
 * @param fileNameFormat           {@code fileNameFormat}; every token must appear
 * @param batchFrequencyInSeconds  {@code batchFrequencyInSeconds}, 60-720
 * @param maxChunkSizeInBytes      {@code maxChunkSizeInBytes}, 10485760-524288000
 * @param encoding                 {@code encoding}
 */
public record StorageEndpointSettings(String fileNameFormat, int batchFrequencyInSeconds, long maxChunkSizeInBytes,
    RoutingStorageContainerPropertiesEncoding encoding) {

  /** The service's defaults: Avro, every 300 s or 300 MiB, the standard file name format. */
  public static final StorageEndpointSettings DEFAULT = new StorageEndpointSettings(
      "{iothub}/{partition}/{YYYY}/{MM}/{DD}/{HH}/{mm}", 300, 314_572_800L,
      RoutingStorageContainerPropertiesEncoding.AVRO);

  public StorageEndpointSettings {
    requireNonNull(fileNameFormat);
    requireNonNull(encoding);
  }
}
