package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.Capabilities;
import java.util.List;
import java.util.Optional;

/**
 * Hub properties written only when the definition states them, so that an adopted hub can be restated
 * without loss; each empty one is left out of the hub's PUT (the service keeps its default).
 *
 * @param cloudToDevice                  {@code properties.cloudToDevice}
 * @param enrichments                    {@code properties.routing.enrichments[]}
 * @param comments                       {@code properties.comments}
 * @param features                       {@code properties.features}, fixed after creation
 * @param enableDataResidency            {@code properties.enableDataResidency}, fixed after creation
 * @param consumerGroups                 consumer groups of the built-in endpoint, child resources
 *                                       {@code eventHubEndpoints/ConsumerGroups}
 * @param cosmosDbContainers             {@code properties.routing.endpoints.cosmosDBSqlContainers[]}
 * @param fileNotifications              {@code properties.messagingEndpoints.fileNotifications}, without file upload
 * @param enableFileUploadNotifications  {@code properties.enableFileUploadNotifications}, without file upload
 */
public record HubSettingsSpec(Optional<CloudToDeviceSpec> cloudToDevice, List<EnrichmentSpec> enrichments,
    Optional<String> comments, Optional<Capabilities> features, Optional<Boolean> enableDataResidency,
    List<ConsumerGroupSpec> consumerGroups, List<CosmosDbContainerEndpointSpec> cosmosDbContainers,
    Optional<FileNotificationSpec> fileNotifications, Optional<Boolean> enableFileUploadNotifications) {

  /** Nothing stated: none of these properties is written. */
  public static final HubSettingsSpec NONE =
      new HubSettingsSpec(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public HubSettingsSpec {
    requireNonNull(cloudToDevice);
    enrichments = List.copyOf(enrichments);
    requireNonNull(comments);
    requireNonNull(features);
    requireNonNull(enableDataResidency);
    consumerGroups = List.copyOf(consumerGroups);
    cosmosDbContainers = List.copyOf(cosmosDbContainers);
    requireNonNull(fileNotifications);
    requireNonNull(enableFileUploadNotifications);
  }

  /** Settings without consumer groups, Cosmos DB endpoints or file notifications of their own. */
  public HubSettingsSpec(Optional<CloudToDeviceSpec> cloudToDevice, List<EnrichmentSpec> enrichments,
      Optional<String> comments, Optional<Capabilities> features, Optional<Boolean> enableDataResidency) {
    this(cloudToDevice, enrichments, comments, features, enableDataResidency, List.of(), List.of(), Optional.empty(),
        Optional.empty());
  }
}
