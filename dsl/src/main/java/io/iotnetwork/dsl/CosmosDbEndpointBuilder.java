package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.CosmosDbContainerEndpointSpec;
import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.SourceLocation;
import java.util.Optional;

/** Builds a hub's Cosmos DB SQL container routing endpoint. */
final class CosmosDbEndpointBuilder implements IotHubStages.CosmosDbEndpointOptions {
  private final IotHub hub;
  private final HubSettingsBuilder settings;
  private final String name;
  private final String endpointUri;
  private final String databaseName;
  private final String containerName;
  private final SourceLocation source;
  private EgressAuthentication authentication = EgressAuthentication.DEFAULT;
  private Optional<String> partitionKeyName = Optional.empty();
  private Optional<String> partitionKeyTemplate = Optional.empty();
  private Optional<String> subscriptionId = Optional.empty();
  private Optional<String> resourceGroup = Optional.empty();

  CosmosDbEndpointBuilder(IotHub hub, HubSettingsBuilder settings, String name, String endpointUri,
      String databaseName, String containerName, SourceLocation source) {
    this.hub = hub;
    this.settings = settings;
    this.name = name;
    this.endpointUri = endpointUri;
    this.databaseName = databaseName;
    this.containerName = containerName;
    this.source = source;
  }

  @Override
  public IotHubStages.CosmosDbEndpointOptions withIdentity(IdentityKind identity) {
    this.authentication = new EgressAuthentication(false, Optional.of(requireNonNull(identity, "identity")));
    return this;
  }

  @Override
  public IotHubStages.CosmosDbEndpointOptions withKeyBasedAuthentication() {
    this.authentication = new EgressAuthentication(true, Optional.empty());
    return this;
  }

  @Override
  public IotHubStages.CosmosDbEndpointOptions withPartitionKey(String partitionKeyName, String partitionKeyTemplate) {
    this.partitionKeyName = Optional.of(requireNonNull(partitionKeyName, "partitionKeyName"));
    this.partitionKeyTemplate = Optional.of(requireNonNull(partitionKeyTemplate, "partitionKeyTemplate"));
    return this;
  }

  @Override
  public IotHubStages.CosmosDbEndpointOptions inResourceGroup(String subscriptionId, String resourceGroup) {
    this.subscriptionId = Optional.of(requireNonNull(subscriptionId, "subscriptionId"));
    this.resourceGroup = Optional.of(requireNonNull(resourceGroup, "resourceGroup"));
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    settings.addCosmosDbContainer(new CosmosDbContainerEndpointSpec(name, endpointUri, databaseName, containerName,
        authentication, partitionKeyName, partitionKeyTemplate, resourceGroup, subscriptionId, source));
    return hub;
  }
}
