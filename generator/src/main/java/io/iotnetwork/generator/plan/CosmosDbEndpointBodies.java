package io.iotnetwork.generator.plan;

import io.iotnetwork.model.CosmosDbContainerEndpointSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The hub's Cosmos DB SQL container endpoints ({@code properties.routing.endpoints.cosmosDBSqlContainers}),
 * which the SDK model lacks, added after the SDK's endpoint lists. Identity-based endpoints name the account by
 * {@code endpointUri} only; key-based ones take {@code primaryKey} and {@code secondaryKey} from secure
 * parameters.
 */
final class CosmosDbEndpointBodies {
  static final String PROPERTY = "cosmosDBSqlContainers";

  private CosmosDbEndpointBodies() {}

  /** {@code properties} with the hub's Cosmos DB endpoints, or unchanged when it has none. */
  static Obj addTo(Obj properties, IotHubSpec hub, HubBody.Inputs inputs) {
    List<CosmosDbContainerEndpointSpec> declared = hub.settings().cosmosDbContainers();
    if (declared.isEmpty()) {
      return properties;
    }
    List<Value> endpoints = new ArrayList<>();
    declared.forEach(endpoint -> endpoints.add(body(hub, endpoint, inputs)));
    Obj routing = (Obj) properties.get("routing");
    Obj existing = routing.get("endpoints") instanceof Obj lists ? lists : Obj.empty();
    return properties.with("routing", routing.with("endpoints", existing.with(PROPERTY, new Arr(endpoints))));
  }

  private static Obj body(IotHubSpec hub, CosmosDbContainerEndpointSpec endpoint, HubBody.Inputs inputs) {
    Obj.Builder body = Obj.builder().put("name", endpoint.name());
    String path = endpoint.pathIn(hub);
    if (endpoint.authentication().keyBased()) {
      body.put("authenticationType", "keyBased")
          .put("primaryKey", inputs.connectionStrings().get(primaryKeyPath(path)))
          .put("secondaryKey", inputs.connectionStrings().get(secondaryKeyPath(path)));
    } else {
      body.put("authenticationType", "identityBased");
      if (endpoint.authentication().resolveIdentity(hub.egress().identity()).orElseThrow()
          == IdentityKind.USER_ASSIGNED) {
        body.put("identity", Obj.builder().put("userAssignedIdentity", inputs.userAssignedIdentityId().orElseThrow())
            .build());
      }
    }
    body.put("endpointUri", endpoint.endpointUri())
        .put("databaseName", endpoint.databaseName())
        .put("containerName", endpoint.containerName());
    endpoint.partitionKeyName().ifPresent(name -> body.put("partitionKeyName", name));
    endpoint.partitionKeyTemplate().ifPresent(template -> body.put("partitionKeyTemplate", template));
    endpoint.subscriptionId().ifPresent(id -> body.put("subscriptionId", id));
    endpoint.resourceGroup().ifPresent(group -> body.put("resourceGroup", group));
    return body.build();
  }

  /** The key of an endpoint's primary key in {@link HubBody.Inputs#connectionStrings()}. */
  static String primaryKeyPath(String endpointPath) {
    return endpointPath + ".primaryKey";
  }

  /** The key of an endpoint's secondary key in {@link HubBody.Inputs#connectionStrings()}. */
  static String secondaryKeyPath(String endpointPath) {
    return endpointPath + ".secondaryKey";
  }
}
