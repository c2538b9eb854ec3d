package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A Cosmos DB SQL container routing endpoint ({@code properties.routing.endpoints.cosmosDBSqlContainers[]}).
 * The account is named by its URI only: the template grants it no role (Cosmos DB data-plane roles are the
 * account's own SQL role assignments) and touches no firewall.
 *
 * @param name                  {@code name}, unique across all endpoint kinds
 * @param endpointUri           {@code endpointUri}, {@code https://<account>.documents.azure.com:443/}
 * @param databaseName          {@code databaseName}
 * @param containerName         {@code containerName}
 * @param authentication        identity-based (default) or key-based; key-based takes {@code primaryKey} and
 *                              {@code secondaryKey} from secure parameters supplied at deployment
 * @param partitionKeyName      {@code partitionKeyName}
 * @param partitionKeyTemplate  {@code partitionKeyTemplate}
 * @param resourceGroup         {@code resourceGroup} of the account, when not the hub's
 * @param subscriptionId        {@code subscriptionId} of the account, when not the hub's
 * @param source                where it was declared
 */
public record CosmosDbContainerEndpointSpec(String name, String endpointUri, String databaseName, String containerName,
    EgressAuthentication authentication, Optional<String> partitionKeyName, Optional<String> partitionKeyTemplate,
    Optional<String> resourceGroup, Optional<String> subscriptionId, SourceLocation source) {

  public CosmosDbContainerEndpointSpec {
    requireNonNull(name);
    requireNonNull(endpointUri);
    requireNonNull(databaseName);
    requireNonNull(containerName);
    requireNonNull(authentication);
    requireNonNull(partitionKeyName);
    requireNonNull(partitionKeyTemplate);
    requireNonNull(resourceGroup);
    requireNonNull(subscriptionId);
    requireNonNull(source);
  }

  /** The DSL path in diagnostics, the same as any routing endpoint's. */
  public String pathIn(IotHubSpec hub) {
    return hub.path() + ".routing.endpoints[" + name + "]";
  }
}
