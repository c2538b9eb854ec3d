package io.iotnetwork.generator.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ResourceScope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the DSL cannot state is listed by JSON path, never dropped, and what it states since 10.2 (several
 * user-assigned identities, a named fallback route, consumer groups, file notifications without file upload) no
 * longer is: each case changes one property of an otherwise expressible hub (an ARM GET after the REST spec's
 * shape).
 */
class UnexpressedPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUB = "{\"id\": \"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-contoso-iot"
      + "/providers/Microsoft.Devices/IotHubs/contoso-hub\", \"name\": \"contoso-hub\", \"type\": \"Microsoft.Devices/IotHubs\","
      + " \"location\": \"westeurope\", \"sku\": {\"name\": \"S1\", \"capacity\": 1}, %s \"properties\": {\"minTlsVersion\": \"1.2\","
      + " \"publicNetworkAccess\": \"Enabled\", \"eventHubEndpoints\": {\"events\": {\"partitionCount\": 4, \"retentionTimeInDays\": 1}},"
      + " %s \"routing\": {\"fallbackRoute\": %s}}}";
  private static final String FALLBACK = "{\"name\": \"$fallback\", \"source\": \"DeviceMessages\", \"condition\": \"true\","
      + " \"endpointNames\": [\"events\"], \"isEnabled\": true}";

  private static AdoptedDefinition adopt(String identity, String properties, String fallback) throws Exception {
    JsonNode document = JSON.readTree(String.format(HUB, identity, properties, fallback));
    return Adopter.adopt(ExportReader.read("hub.json", document, MissingNode.getInstance(), ResourceScope.DEPLOYMENT),
        Optional.empty()).definition().orElseThrow();
  }

  private static List<String> unexpressed(AdoptedDefinition definition) {
    return definition.notes(AdoptionNote.Kind.UNEXPRESSED).stream().map(AdoptionNote::jsonPath).toList();
  }

  @Test
  void theBaseHubIsFullyExpressed() throws Exception {
    assertThat(unexpressed(adopt("", "", FALLBACK))).isEmpty();
  }

  @Test
  void classicRejectRulesAreReported() throws Exception {
    assertThat(unexpressed(adopt("", "\"ipFilterRules\": [{\"filterName\": \"block\", \"action\": \"Reject\","
        + " \"ipMask\": \"192.0.2.0/24\"}],", FALLBACK))).containsExactly("$.properties.ipFilterRules");
  }

  /** The hub's calls as source, each class by its simple name (type tokens dropped). */
  private static List<String> calls(AdoptedDefinition definition) {
    return definition.hubCalls().stream().map(DslCall::text)
        .map(text -> text.replaceAll(JavaCode.TYPE_START + "(?:[\\w]+\\.)*([\\w]+)" + JavaCode.TYPE_END, "$1")).toList();
  }

  private static AdoptedDefinition adoptTemplate(String children) throws Exception {
    JsonNode template = JSON.readTree("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
        + "deploymentTemplate.json#\", \"resources\": [" + String.format(HUB, "", "", FALLBACK)
            .replace("\"id\": \"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-contoso-iot"
                + "/providers/Microsoft.Devices/IotHubs/contoso-hub\", ", "\"apiVersion\": \"2023-06-30\", ")
        + children + "]}");
    return Adopter.adopt(ExportReader.read("template.json", template, MissingNode.getInstance(),
        ResourceScope.DEPLOYMENT), Optional.empty()).definition().orElseThrow();
  }

  @Test
  void aSecondUserAssignedIdentityIsRestated() throws Exception {
    String identity = "\"identity\": {\"type\": \"UserAssigned\", \"userAssignedIdentities\": {"
        + "\"/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-a\": {},"
        + "\"/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-b\": {}}},";
    AdoptedDefinition definition = adopt(identity, "", FALLBACK);

    assertThat(unexpressed(definition)).isEmpty();
    assertThat(calls(definition)).filteredOn(call -> call.startsWith(".withUserAssignedIdentity(")).containsExactly(
        ".withUserAssignedIdentity(UserAssignedIdentity.existing(\"/subscriptions/s/resourceGroups/g/providers/"
            + "Microsoft.ManagedIdentity/userAssignedIdentities/id-a\"))",
        ".withUserAssignedIdentity(UserAssignedIdentity.existing(\"/subscriptions/s/resourceGroups/g/providers/"
            + "Microsoft.ManagedIdentity/userAssignedIdentities/id-b\"))");
  }

  @Test
  void anEndpointUsingTheSecondUserAssignedIdentityKeepsItReported() throws Exception {
    String identity = "\"identity\": {\"type\": \"UserAssigned\", \"userAssignedIdentities\": {"
        + "\"/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-a\": {},"
        + "\"/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-b\": {}}},";
    String endpoint = "{\"name\": \"twins\", \"endpointUri\": \"sb://evhns-contoso.servicebus.windows.net\","
        + " \"entityPath\": \"twins\", \"authenticationType\": \"identityBased\", \"identity\": {\"userAssignedIdentity\":"
        + " \"/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/%s\"}}";
    String first = FALLBACK + ", \"endpoints\": {\"eventHubs\": [" + String.format(endpoint, "id-a") + "]}";
    String second = FALLBACK + ", \"endpoints\": {\"eventHubs\": [" + String.format(endpoint, "id-b") + "]}";

    assertThat(unexpressed(adopt(identity, "", first))).isEmpty();
    assertThat(unexpressed(adopt(identity, "", second)))
        .containsExactly("$.properties.routing.endpoints.eventHubs[0].identity.userAssignedIdentity");
  }

  @Test
  void aNamedFallbackRouteIsRestated() throws Exception {
    AdoptedDefinition definition = adopt("", "", FALLBACK.replace("$fallback", "debug").replace("true}", "false}"));

    assertThat(unexpressed(definition)).isEmpty();
    assertThat(calls(definition)).containsSubsequence(".defineFallbackRoute(\"debug\")", ".toBuiltInEndpoint()",
        ".disabled()", ".attach()");
  }

  @Test
  void aFallbackRouteToAnEndpointTheHubDoesNotHaveIsReported() throws Exception {
    String fallback = FALLBACK.replace("[\"events\"]", "[\"archive\"]");

    assertThat(unexpressed(adopt("", "", fallback))).containsExactly(
        "$.properties.routing.fallbackRoute.name", "$.properties.routing.fallbackRoute.source",
        "$.properties.routing.fallbackRoute.endpointNames[0]", "$.properties.routing.fallbackRoute.isEnabled");
  }

  @Test
  void fileNotificationsWithoutFileUploadAreRestated() throws Exception {
    AdoptedDefinition definition = adopt("", "\"enableFileUploadNotifications\": true, \"messagingEndpoints\":"
        + " {\"fileNotifications\": {\"lockDurationAsIso8601\": \"PT5M\", \"ttlAsIso8601\": \"PT2H\","
        + " \"maxDeliveryCount\": 30}},", FALLBACK);

    assertThat(unexpressed(definition)).isEmpty();
    assertThat(calls(definition)).contains(".withFileUploadNotifications(true)",
        ".withFileNotifications(Duration.ofMinutes(5), Duration.ofHours(2), 30)");
  }

  @Test
  void consumerGroupsOfTheHubInATemplateAreRestatedButNotDefault() throws Exception {
    AdoptedDefinition definition = adoptTemplate(", {\"type\": \"Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups\","
        + " \"apiVersion\": \"2023-06-30\", \"name\": \"contoso-hub/events/analytics\", \"properties\": {\"name\": \"analytics\"}},"
        + " {\"type\": \"Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups\", \"apiVersion\": \"2023-06-30\","
        + " \"name\": \"contoso-hub/events/$Default\", \"properties\": {\"name\": \"$Default\"}}");

    assertThat(unexpressed(definition)).isEmpty();
    assertThat(calls(definition)).filteredOn(call -> call.startsWith(".withConsumerGroup("))
        .containsExactly(".withConsumerGroup(\"analytics\")");
    assertThat(definition.notes(AdoptionNote.Kind.NOT_RESTATED)).extracting(AdoptionNote::jsonPath).contains("$.resources[2]");
  }

  @Test
  void aCertificateOfTheHubInATemplateIsReported() throws Exception {
    AdoptedDefinition definition = adoptTemplate(", {\"type\": \"Microsoft.Devices/IotHubs/certificates\","
        + " \"apiVersion\": \"2023-06-30\", \"name\": \"contoso-hub/root-ca\", \"properties\": {\"isVerified\": true}}");

    assertThat(unexpressed(definition)).containsExactly("$.resources[1]");
  }

  @Test
  void aPropertyOfANewerApiVersionIsReported() throws Exception {
    assertThat(unexpressed(adopt("", "\"deviceStreams\": {\"streamingEndpoints\": [\"https://streams\"]},", FALLBACK)))
        .containsExactly("$.properties.deviceStreams.streamingEndpoints[0]");
  }
}
