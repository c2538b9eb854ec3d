package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.model.IdentityKind;
import java.util.Optional;
import java.util.Set;

/**
 * {@code routing.endpoints.cosmosDBSqlContainers[]}
 * ({@code defineRoutingEndpoint(..).toCosmosDbSqlContainer(uri, database, container)}), identity-based or
 * key-based: a key-based endpoint's {@code primaryKey} and {@code secondaryKey} become secure template parameters,
 * never Java. {@code subscriptionId} and {@code resourceGroup} are restated ({@code inResourceGroup(..)}) when the
 * endpoint or the hub says both; an endpoint missing a required field stays in the body, reported as unexpressed.
 */
final class CosmosDbEndpointsGroup implements PropertyGroup {
  private static final String LIST = "cosmosDBSqlContainers";
  private final Set<String> adopted;

  /** {@code adopted} receives the name of every endpoint stated. */
  CosmosDbEndpointsGroup(Set<String> adopted) {
    this.adopted = adopted;
  }

  @Override
  public void adopt(AdoptionContext context) {
    Optional<ArrayNode> items = context.array("properties", "routing", "endpoints", LIST);
    for (int i = 0; items.isPresent() && i < items.get().size(); i++) {
      endpoint(context, (ObjectNode) items.get().get(i), "$.properties.routing.endpoints." + LIST + "[" + i + "]");
    }
  }

  private void endpoint(AdoptionContext context, ObjectNode item, String at) {
    Optional<String> name = AdoptionContext.text(item, "name");
    Optional<String> uri = AdoptionContext.text(item, "endpointUri");
    Optional<String> database = AdoptionContext.text(item, "databaseName");
    Optional<String> container = AdoptionContext.text(item, "containerName");
    Optional<String> subscription = AdoptionContext.text(item, "subscriptionId");
    Optional<String> group = AdoptionContext.text(item, "resourceGroup");
    boolean placed = subscription.isPresent() || group.isPresent();
    Optional<String> subscriptionOrHub = subscription.or(context.hub.scope()::subscriptionId);
    Optional<String> groupOrHub = group.or(context.hub.scope()::resourceGroup);
    if (name.isEmpty() || uri.isEmpty() || database.isEmpty() || container.isEmpty()
        || placed && (subscriptionOrHub.isEmpty() || groupOrHub.isEmpty())) {
      return; // left in the body: reported as unexpressed, by path
    }
    boolean keyBased = item.path("authenticationType").asText("keyBased").equalsIgnoreCase("keyBased");
    for (String consumed : new String[] {"name", "endpointUri", "databaseName", "containerName", "authenticationType",
        "subscriptionId", "resourceGroup"}) {
      item.remove(consumed);
    }
    AdoptionContext.take(item, "id").ifPresent(id -> context.note(AdoptionNote.Kind.NOT_RESTATED, at + ".id",
        "Azure assigns an endpoint's id; the definition leaves it out"));
    adopted.add(name.get());
    context.hubCall("defineRoutingEndpoint", JavaCode.string(name.get()));
    context.childCall("toCosmosDbSqlContainer", JavaCode.string(uri.get()), JavaCode.string(database.get()),
        JavaCode.string(container.get()));
    if (keyBased) {
      item.remove("primaryKey");
      item.remove("secondaryKey");
      context.childCall("withKeyBasedAuthentication");
      context.note(AdoptionNote.Kind.SECRET, at + ".primaryKey", "Cosmos DB endpoint '" + name.get() + "' is key-based;"
          + " its primaryKey and secondaryKey become two secure template parameters, supplied at deployment, never"
          + " written to the definition");
    } else if (context.takeUserAssignedIdentity(item)) {
      context.childCall("withIdentity", JavaCode.constant(IdentityKind.class, IdentityKind.USER_ASSIGNED.name()));
    }
    if (item.path("partitionKeyName").isTextual() && item.path("partitionKeyTemplate").isTextual()) {
      context.childCall("withPartitionKey", JavaCode.string(item.remove("partitionKeyName").asText()),
          JavaCode.string(item.remove("partitionKeyTemplate").asText()));
    }
    if (placed) {
      context.childCall("inResourceGroup", JavaCode.string(subscriptionOrHub.get()), JavaCode.string(groupOrHub.get()));
    }
    context.childCall("attach");
  }
}
