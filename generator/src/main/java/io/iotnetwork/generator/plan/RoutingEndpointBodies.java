package io.iotnetwork.generator.plan;

import com.azure.resourcemanager.iothub.models.AuthenticationType;
import com.azure.resourcemanager.iothub.models.ManagedIdentity;
import com.azure.resourcemanager.iothub.models.RoutingEndpoints;
import com.azure.resourcemanager.iothub.models.RoutingEventHubProperties;
import com.azure.resourcemanager.iothub.models.RoutingServiceBusQueueEndpointProperties;
import com.azure.resourcemanager.iothub.models.RoutingServiceBusTopicEndpointProperties;
import com.azure.resourcemanager.iothub.models.RoutingStorageContainerProperties;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.RoutingEndpointSpec;
import io.iotnetwork.model.StorageEndpointSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hub's custom routing endpoints ({@code properties.routing.endpoints}), one list per kind.
 * Identity-based endpoints name the target by {@code endpointUri} (blob endpoint, or {@code sb://}
 * namespace); key-based ones get their connection string from a secure parameter. Endpoints on a
 * target in another resource group or subscription carry its {@code subscriptionId} and
 * {@code resourceGroup}.
 */
final class RoutingEndpointBodies {
  private RoutingEndpointBodies() {}

  static RoutingEndpoints of(PlanContext context, IotHubSpec hub, HubBody.Inputs inputs, Placeholders placeholders) {
    List<RoutingStorageContainerProperties> containers = new ArrayList<>();
    List<RoutingEventHubProperties> eventHubs = new ArrayList<>();
    List<RoutingServiceBusQueueEndpointProperties> queues = new ArrayList<>();
    List<RoutingServiceBusTopicEndpointProperties> topics = new ArrayList<>();
    for (RoutingEndpointSpec endpoint : hub.egress().endpoints()) {
      Access access = access(context, hub, endpoint, inputs, placeholders);
      switch (endpoint.kind()) {
        case STORAGE_CONTAINER -> containers.add(storage(endpoint, access));
        case EVENT_HUB -> eventHubs.add(new RoutingEventHubProperties().withName(endpoint.name())
            .withAuthenticationType(access.type()).withEndpointUri(access.endpointUri()).withEntityPath(endpoint.entityName())
            .withConnectionString(access.connectionString()).withIdentity(access.identity())
            .withSubscriptionId(access.subscriptionId()).withResourceGroup(access.resourceGroup()));
        case SERVICE_BUS_QUEUE -> queues.add(new RoutingServiceBusQueueEndpointProperties().withName(endpoint.name())
            .withAuthenticationType(access.type()).withEndpointUri(access.endpointUri()).withEntityPath(endpoint.entityName())
            .withConnectionString(access.connectionString()).withIdentity(access.identity())
            .withSubscriptionId(access.subscriptionId()).withResourceGroup(access.resourceGroup()));
        case SERVICE_BUS_TOPIC -> topics.add(new RoutingServiceBusTopicEndpointProperties().withName(endpoint.name())
            .withAuthenticationType(access.type()).withEndpointUri(access.endpointUri()).withEntityPath(endpoint.entityName())
            .withConnectionString(access.connectionString()).withIdentity(access.identity())
            .withSubscriptionId(access.subscriptionId()).withResourceGroup(access.resourceGroup()));
      }
    }
    return new RoutingEndpoints().withStorageContainers(containers).withEventHubs(eventHubs)
        .withServiceBusQueues(queues).withServiceBusTopics(topics);
  }

  private static RoutingStorageContainerProperties storage(RoutingEndpointSpec endpoint, Access access) {
    StorageEndpointSettings settings = endpoint.storage().orElse(StorageEndpointSettings.DEFAULT);
    return new RoutingStorageContainerProperties().withName(endpoint.name())
        .withAuthenticationType(access.type()).withEndpointUri(access.endpointUri())
        .withConnectionString(access.connectionString()).withIdentity(access.identity())
        .withSubscriptionId(access.subscriptionId()).withResourceGroup(access.resourceGroup())
        .withContainerName(endpoint.entityName())
        .withFileNameFormat(settings.fileNameFormat())
        .withBatchFrequencyInSeconds(settings.batchFrequencyInSeconds())
        .withMaxChunkSizeInBytes((int) settings.maxChunkSizeInBytes())
        .withEncoding(settings.encoding());
  }

  /** How one endpoint authenticates and where its target lives; null fields are left out. */
  private record Access(AuthenticationType type, String endpointUri, String connectionString, ManagedIdentity identity,
      String subscriptionId, String resourceGroup) {}

  private static Access access(PlanContext context, IotHubSpec hub, RoutingEndpointSpec endpoint, HubBody.Inputs inputs,
      Placeholders placeholders) {
    Optional<ResourceGroupRef> home = endpoint.target().origin() instanceof ExistingTarget existing
        ? Optional.of(ResourceGroupRef.home(existing.resourceId(), existing.resourceGroup())) : Optional.empty();
    String subscriptionId = home.flatMap(ResourceGroupRef::subscriptionId).orElse(null);
    String resourceGroup = home.map(ResourceGroupRef::resourceGroup).orElse(null);
    if (endpoint.authentication().keyBased()) {
      String connectionString = placeholders.token(inputs.connectionStrings().get(endpoint.pathIn(hub)));
      return new Access(AuthenticationType.KEY_BASED, null, connectionString, null, subscriptionId, resourceGroup);
    }
    String endpointUri = placeholders.token(CloudHostNames.endpointUri(context.spec.cloud(), endpoint.target()));
    ManagedIdentity identity = endpoint.authentication().resolveIdentity(hub.egress().identity()).orElseThrow()
        == IdentityKind.USER_ASSIGNED
        ? new ManagedIdentity().withUserAssignedIdentity(placeholders.token(inputs.userAssignedIdentityId().orElseThrow()))
        : null;
    return new Access(AuthenticationType.IDENTITY_BASED, endpointUri, null, identity, subscriptionId, resourceGroup);
  }
}
