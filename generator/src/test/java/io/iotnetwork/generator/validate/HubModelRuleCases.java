package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.networkWith;
import static io.iotnetwork.generator.Fixtures.privateHub;

import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IotNetworkSpec;
import java.time.Duration;
import java.util.List;

/**
 * Rule cases of the hub model restated in full: the fallback route, consumer groups, several user-assigned
 * identities, Cosmos DB SQL container endpoints and file notifications without file upload.
 */
final class HubModelRuleCases {
  private static final String COSMOS_URI = "https://cosmos-contoso.documents.azure.com:443/";
  private static final String FALLBACK = "iotHub[hub-a].routing.fallbackRoute";
  private static final String STORE = "iotHub[hub-a].routing.endpoints[store]";

  private HubModelRuleCases() {}

  static List<RuleCase> all() {
    return List.of(
        // fallback-route-unknown-endpoint
        new RuleCase("fallback route to an unknown endpoint", "fallback-route-unknown-endpoint", Severity.ERROR,
            FALLBACK,
            () -> network(archiveHub().defineFallbackRoute("fallback").toEndpoint("Archive").attach()),
            () -> network(archiveHub().defineFallbackRoute("fallback").toEndpoint("archive").attach())),
        new RuleCase("fallback route to a Cosmos DB endpoint", "fallback-route-unknown-endpoint", Severity.ERROR,
            FALLBACK,
            () -> network(cosmosHub().defineFallbackRoute("fallback").toEndpoint("stor").attach()),
            () -> network(cosmosHub().defineFallbackRoute("fallback").toEndpoint("store").attach())),

        // route-name, on the fallback route
        new RuleCase("fallback route name with a space", "route-name", Severity.ERROR, FALLBACK,
            () -> network(privateHub("hub-a").defineFallbackRoute("fall back").toBuiltInEndpoint().attach()),
            () -> network(privateHub("hub-a").defineFallbackRoute("fallback").toBuiltInEndpoint().attach())),

        // consumer-group-default
        new RuleCase("$Default declared", "consumer-group-default", Severity.ERROR,
            "iotHub[hub-a].consumerGroups[$Default]",
            () -> network(privateHub("hub-a").withConsumerGroup("$Default")),
            () -> network(privateHub("hub-a").withConsumerGroup("analytics"))),
        new RuleCase("$default declared in lower case", "consumer-group-default", Severity.ERROR,
            "iotHub[hub-a].consumerGroups[$default]",
            () -> network(privateHub("hub-a").withConsumerGroup("$default")),
            () -> network(privateHub("hub-a"))),

        // consumer-group-name
        new RuleCase("51-character consumer group", "consumer-group-name", Severity.ERROR,
            "iotHub[hub-a].consumerGroups[" + "g".repeat(51) + "]",
            () -> network(privateHub("hub-a").withConsumerGroup("g".repeat(51))),
            () -> network(privateHub("hub-a").withConsumerGroup("g".repeat(50)))),
        new RuleCase("consumer group with a slash", "consumer-group-name", Severity.ERROR,
            "iotHub[hub-a].consumerGroups[team/a]",
            () -> network(privateHub("hub-a").withConsumerGroup("team/a")),
            () -> network(privateHub("hub-a").withConsumerGroup("team.a_1-x"))),
        new RuleCase("consumer group declared twice", "consumer-group-name", Severity.ERROR,
            "iotHub[hub-a].consumerGroups[Analytics]",
            () -> network(privateHub("hub-a").withConsumerGroup("analytics").withConsumerGroup("Analytics")),
            () -> network(privateHub("hub-a").withConsumerGroup("analytics").withConsumerGroup("alerts"))),

        // user-assigned-identity-repeated
        new RuleCase("identity given twice", "user-assigned-identity-repeated", Severity.ERROR,
            "iotHub[hub-a].identity.userAssigned[id-a]",
            () -> network(privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id-a"))
                .withUserAssignedIdentity(UserAssignedIdentity.define("id-a"))),
            () -> network(privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id-a"))
                .withUserAssignedIdentity(UserAssignedIdentity.define("id-b")))),

        // cosmos-db-endpoint-settings
        new RuleCase("Cosmos DB endpoint over http", "cosmos-db-endpoint-settings", Severity.ERROR, STORE,
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer("http://cosmos-contoso.documents.azure.com:443/", "iot", "telemetry").attach()),
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").attach())),
        new RuleCase("Cosmos DB endpoint without identity", "cosmos-db-endpoint-settings", Severity.ERROR, STORE,
            () -> network(privateHub("hub-a").defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").attach()),
            () -> network(privateHub("hub-a").defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").withKeyBasedAuthentication().attach())),
        new RuleCase("partition key template without placeholder", "cosmos-db-endpoint-settings", Severity.ERROR,
            STORE,
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").withPartitionKey("pk", "fixed").attach()),
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").withPartitionKey("pk", "{deviceid}-{YYYY}")
                .attach())),
        new RuleCase("partition key template repeating a placeholder", "cosmos-db-endpoint-settings", Severity.ERROR,
            STORE,
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").withPartitionKey("pk", "{MM}{MM}").attach()),
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").withPartitionKey("pk", "{MM}{DD}").attach())),
        new RuleCase("Cosmos DB endpoint named like a storage endpoint", "cosmos-db-endpoint-settings",
            Severity.ERROR, "iotHub[hub-a].routing.endpoints[Archive]",
            () -> network(archiveHub().defineRoutingEndpoint("Archive")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").attach()),
            () -> network(archiveHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").attach())),

        // key-based-authentication, on a Cosmos DB endpoint
        new RuleCase("key-based Cosmos DB endpoint", "key-based-authentication", Severity.WARNING, STORE,
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").withKeyBasedAuthentication().attach()),
            () -> network(identityHub().defineRoutingEndpoint("store")
                .toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry").attach())),

        // route-unknown-endpoint accepts a Cosmos DB endpoint
        new RuleCase("route to a misspelled Cosmos DB endpoint", "route-unknown-endpoint", Severity.ERROR,
            "iotHub[hub-a].routing.routes[to-store]",
            () -> network(cosmosHub().defineRoute("to-store").from(
                RoutingSource.DEVICE_MESSAGES).toEndpoint("Store").attach()),
            () -> network(cosmosHub().defineRoute("to-store").from(
                RoutingSource.DEVICE_MESSAGES).toEndpoint("store").attach())),

        // file-notification-settings
        new RuleCase("101 file notification deliveries", "file-notification-settings", Severity.ERROR,
            "iotHub[hub-a].fileNotifications",
            () -> network(privateHub("hub-a").withFileNotifications(Duration.ofMinutes(1), Duration.ofHours(1), 101)),
            () -> network(privateHub("hub-a").withFileNotifications(Duration.ofMinutes(1), Duration.ofHours(1), 100))),
        new RuleCase("0 file notification deliveries", "file-notification-settings", Severity.ERROR,
            "iotHub[hub-a].fileNotifications",
            () -> network(privateHub("hub-a").withFileNotifications(Duration.ofMinutes(1), Duration.ofHours(1), 0)),
            () -> network(privateHub("hub-a").withFileNotifications(Duration.ofMinutes(1), Duration.ofHours(1), 1))),
        new RuleCase("zero file notification lock", "file-notification-settings", Severity.ERROR,
            "iotHub[hub-a].fileNotifications",
            () -> network(privateHub("hub-a").withFileNotifications(Duration.ZERO, Duration.ofHours(1), 10)),
            () -> network(privateHub("hub-a").withFileNotifications(Duration.ofSeconds(5), Duration.ofHours(1), 10))),
        new RuleCase("file notifications stated twice", "file-notification-settings", Severity.ERROR,
            "iotHub[hub-a].fileNotifications",
            () -> network(uploadHub().withNotifications().attach().withFileUploadNotifications(true)),
            () -> network(uploadHub().attach().withFileUploadNotifications(true))));
  }

  private static IotNetworkSpec network(IotHubStages.WithOptions hub) {
    return networkWith(hub.build()).build();
  }

  private static IotHubStages.WithOptions identityHub() {
    return privateHub("hub-a").withSystemAssignedIdentity();
  }

  private static IotHubStages.WithOptions cosmosHub() {
    return identityHub().defineRoutingEndpoint("store").toCosmosDbSqlContainer(COSMOS_URI, "iot", "telemetry")
        .attach();
  }

  private static IotHubStages.WithOptions archiveHub() {
    return identityHub().defineRoutingEndpoint("archive")
        .toStorageContainer(StorageAccount.define("stiotdata").withFirewall(FirewallMode.ALL_NETWORKS).build(),
            "telemetry")
        .attach();
  }

  private static IotHubStages.FileUpload uploadHub() {
    return identityHub().defineFileUpload(
        StorageAccount.define("stiotuploads").withFirewall(FirewallMode.ALL_NETWORKS).build(), "uploads");
  }
}
