package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.Capabilities;
import java.util.List;
import java.util.Optional;

/**
 * Hub properties written only when the definition states them, so that an adopted hub can be restated
 * without loss; each empty one is left out of the hub's PUT (the service keeps its default).
 *
 * @param cloudToDevice        {@code properties.cloudToDevice}
 * @param enrichments          {@code properties.routing.enrichments[]}
 * @param comments             {@code properties.comments}
 * @param features             {@code properties.features}, fixed after creation
 * @param enableDataResidency  {@code properties.enableDataResidency}, fixed after creation
 */
public record HubSettingsSpec(Optional<CloudToDeviceSpec> cloudToDevice, List<EnrichmentSpec> enrichments,
    Optional<String> comments, Optional<Capabilities> features, Optional<Boolean> enableDataResidency) {

  /** Nothing stated: none of these properties is written. */
  public static final HubSettingsSpec NONE =
      new HubSettingsSpec(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public HubSettingsSpec {
    requireNonNull(cloudToDevice);
    enrichments = List.copyOf(enrichments);
    requireNonNull(comments);
    requireNonNull(features);
    requireNonNull(enableDataResidency);
  }
}
