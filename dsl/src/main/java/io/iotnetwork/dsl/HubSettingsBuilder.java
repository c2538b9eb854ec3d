package io.iotnetwork.dsl;

import com.azure.resourcemanager.iothub.models.Capabilities;
import io.iotnetwork.model.CloudToDeviceSpec;
import io.iotnetwork.model.ConsumerGroupSpec;
import io.iotnetwork.model.CosmosDbContainerEndpointSpec;
import io.iotnetwork.model.EnrichmentSpec;
import io.iotnetwork.model.FileNotificationSpec;
import io.iotnetwork.model.HubSettingsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects a hub's properties written only when stated: cloud-to-device, enrichments, comments, features, consumer
 * groups, Cosmos DB endpoints, file notifications.
 */
final class HubSettingsBuilder {
  private Optional<CloudToDeviceSpec> cloudToDevice = Optional.empty();
  private final List<EnrichmentSpec> enrichments = new ArrayList<>();
  private Optional<String> comments = Optional.empty();
  private Optional<Capabilities> features = Optional.empty();
  private Optional<Boolean> enableDataResidency = Optional.empty();
  private final List<ConsumerGroupSpec> consumerGroups = new ArrayList<>();
  private final List<CosmosDbContainerEndpointSpec> cosmosDbContainers = new ArrayList<>();
  private Optional<FileNotificationSpec> fileNotifications = Optional.empty();
  private Optional<Boolean> enableFileUploadNotifications = Optional.empty();

  void cloudToDevice(CloudToDeviceSpec settings) {
    this.cloudToDevice = Optional.of(settings);
  }

  void addEnrichment(EnrichmentSpec enrichment) {
    enrichments.add(enrichment);
  }

  void comments(String text) {
    this.comments = Optional.of(text);
  }

  void features(Capabilities value) {
    this.features = Optional.of(value);
  }

  void dataResidency(boolean enabled) {
    this.enableDataResidency = Optional.of(enabled);
  }

  void addConsumerGroup(ConsumerGroupSpec group) {
    consumerGroups.add(group);
  }

  void addCosmosDbContainer(CosmosDbContainerEndpointSpec endpoint) {
    cosmosDbContainers.add(endpoint);
  }

  void fileNotifications(FileNotificationSpec notifications) {
    this.fileNotifications = Optional.of(notifications);
  }

  void fileUploadNotifications(boolean enabled) {
    this.enableFileUploadNotifications = Optional.of(enabled);
  }

  HubSettingsSpec build() {
    return new HubSettingsSpec(cloudToDevice, enrichments, comments, features, enableDataResidency, consumerGroups,
        cosmosDbContainers, fileNotifications, enableFileUploadNotifications);
  }
}
