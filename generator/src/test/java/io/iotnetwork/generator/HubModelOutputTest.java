package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.validate.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The restated hub's full model in the ARM output: two user-assigned identities, Cosmos DB SQL container endpoints
 * (key-based ones with two secure parameters without default), a route to one, a non-default fallback route and
 * consumer groups as child resources after the hub; file notifications stated without file upload.
 */
class HubModelOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode template(GeneratedFiles files) throws Exception {
    return JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
  }

  private static List<JsonNode> resources(JsonNode template, String type) {
    List<JsonNode> found = new ArrayList<>();
    template.path("resources").forEach(resource -> {
      if (resource.path("type").asText().equals(type)) {
        found.add(resource);
      }
    });
    return found;
  }

  private static JsonNode hub(JsonNode template) {
    return resources(template, "Microsoft.Devices/IotHubs").get(0);
  }

  @Test
  void hubHoldsEveryUserAssignedIdentityKeyedByResourceId() throws Exception {
    JsonNode identity = hub(template(Scenarios.files("restated-hub"))).path("identity");

    assertThat(identity.path("type").asText()).isEqualTo("UserAssigned");
    assertThat(identity.path("userAssignedIdentities").size()).isEqualTo(2);
    assertThat(identity.path("userAssignedIdentities").fieldNames()).toIterable()
        .anySatisfy(key -> assertThat(key).contains("Microsoft.ManagedIdentity/userAssignedIdentities"))
        .anySatisfy(key -> assertThat(key).contains("rg-contoso-identities").contains("id-contoso-portal"));
  }

  @Test
  void cosmosDbEndpointsAreWritten() throws Exception {
    JsonNode routing = hub(template(Scenarios.files("restated-hub"))).at("/properties/routing");
    JsonNode store = routing.at("/endpoints/cosmosDBSqlContainers/0");
    JsonNode legacy = routing.at("/endpoints/cosmosDBSqlContainers/1");

    assertThat(store.path("name").asText()).isEqualTo("telemetry-store");
    assertThat(store.path("authenticationType").asText()).isEqualTo("identityBased");
    assertThat(store.at("/identity/userAssignedIdentity").asText()).startsWith("[resourceId(");
    assertThat(store.path("endpointUri").asText()).isEqualTo("https://cosmos-contoso-restated.documents.azure.com:443/");
    assertThat(store.path("databaseName").asText()).isEqualTo("iot");
    assertThat(store.path("containerName").asText()).isEqualTo("telemetry");
    assertThat(store.path("partitionKeyName").asText()).isEqualTo("deviceKey");
    assertThat(store.path("partitionKeyTemplate").asText()).isEqualTo("{deviceid}-{YYYY}-{MM}");
    assertThat(store.has("primaryKey")).isFalse();
    assertThat(legacy.path("resourceGroup").asText()).isEqualTo("rg-contoso-legacy");
    assertThat(legacy.path("subscriptionId").asText()).isEqualTo("00000000-0000-0000-0000-000000000000");
    assertThat(routing.at("/routes/1/endpointNames/0").asText()).isEqualTo("telemetry-store");
  }

  @Test
  void keyBasedCosmosDbKeysAreSecureParametersWithoutDefault() throws Exception {
    GenerationResult result = Generator.generate(Fixtures.networkWith(Fixtures.privateHub("hub-keys")
        .defineRoutingEndpoint("store").toCosmosDbSqlContainer("https://cosmos-keys.documents.azure.com:443/", "iot",
            "telemetry").withKeyBasedAuthentication().attach()
        .build()).build());
    GeneratedFiles files = result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
    JsonNode template = template(files);
    JsonNode store = hub(template).at("/properties/routing/endpoints/cosmosDBSqlContainers/0");

    assertThat(result.diagnostics().all()).extracting(Diagnostic::ruleId).contains("key-based-authentication");
    assertThat(store.path("authenticationType").asText()).isEqualTo("keyBased");
    assertThat(store.has("identity")).isFalse();
    for (String key : List.of("primaryKey", "secondaryKey")) {
      String reference = store.path(key).asText();
      assertThat(reference).startsWith("[parameters('").endsWith("')]");
      String parameter = reference.substring("[parameters('".length(), reference.length() - "')]".length());
      assertThat(template.at("/parameters/" + parameter + "/type").asText()).isEqualTo("securestring");
      assertThat(template.at("/parameters/" + parameter).has("defaultValue")).isFalse();
      assertThat(files.text(GeneratedFiles.ARM_PARAMETERS)).doesNotContain(parameter);
      assertThat(files.text(GeneratedFiles.BICEP_PARAMETERS)).doesNotContain(parameter);
      assertThat(files.text(GeneratedFiles.BICEP)).contains("@secure()").contains("param " + parameter + " string\n");
    }
    assertThat(template.path("outputs").toString()).doesNotContain("PrimaryKey").doesNotContain("SecondaryKey");
  }

  @Test
  void fallbackRouteIsWrittenAsStated() throws Exception {
    JsonNode fallback = hub(template(Scenarios.files("restated-hub"))).at("/properties/routing/fallbackRoute");

    assertThat(fallback.path("name").asText()).isEqualTo("fallback-debug");
    assertThat(fallback.path("endpointNames").toString()).isEqualTo("[\"events\"]");
    assertThat(fallback.path("condition").asText()).isEqualTo("$body.level = 'debug'");
    assertThat(fallback.path("isEnabled").asBoolean(true)).isFalse();
  }

  @Test
  void consumerGroupsAreChildResourcesAfterTheHub() throws Exception {
    JsonNode template = template(Scenarios.files("restated-hub"));
    List<JsonNode> groups = resources(template, "Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups");

    assertThat(groups).extracting(group -> group.at("/properties/name").asText())
        .containsExactlyInAnyOrder("stream-analytics", "alerts.reader");
    assertThat(groups).allSatisfy(group -> {
      assertThat(group.path("name").asText()).startsWith("[format('{0}/events/{1}', parameters('");
      assertThat(group.path("dependsOn").toString()).contains("Microsoft.Devices/IotHubs");
    });
    assertThat(groups).noneSatisfy(group -> assertThat(group.at("/properties/name").asText())
        .isEqualToIgnoringCase("$Default"));
  }

  @Test
  void neitherAuthorizationPoliciesNorClassicIpFilterRulesAreWritten() throws Exception {
    JsonNode properties = hub(template(Scenarios.files("restated-hub"))).path("properties");

    assertThat(properties.has("authorizationPolicies")).isFalse();
    assertThat(properties.has("ipFilterRules")).isFalse();
  }

  @Test
  void fileNotificationsAreWrittenWithoutFileUpload() throws Exception {
    GenerationResult result = Generator.generate(Fixtures.networkWith(Fixtures.privateHub("hub-notes")
        .withFileNotifications(Duration.ofSeconds(30), Duration.ofHours(2), 40)
        .withFileUploadNotifications(false)
        .build()).build());
    GeneratedFiles files = result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
    JsonNode properties = hub(template(files)).path("properties");

    assertThat(result.diagnostics().all()).extracting(Diagnostic::ruleId).doesNotContain("file-notification-settings");
    assertThat(properties.at("/messagingEndpoints/fileNotifications/lockDurationAsIso8601").asText()).isEqualTo("PT30S");
    assertThat(properties.at("/messagingEndpoints/fileNotifications/ttlAsIso8601").asText()).isEqualTo("PT2H");
    assertThat(properties.at("/messagingEndpoints/fileNotifications/maxDeliveryCount").asInt()).isEqualTo(40);
    assertThat(properties.path("enableFileUploadNotifications").isBoolean()).isTrue();
    assertThat(properties.path("enableFileUploadNotifications").asBoolean(true)).isFalse();
    assertThat(properties.has("storageEndpoints")).isFalse();
  }
}
