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
 * What the DSL cannot state is listed by JSON path, never dropped: each case changes one property of
 * an otherwise expressible hub (an ARM GET after the REST spec's shape).
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

  @Test
  void aSecondUserAssignedIdentityIsReported() throws Exception {
    String identity = "\"identity\": {\"type\": \"UserAssigned\", \"userAssignedIdentities\": {"
        + "\"/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-a\": {},"
        + "\"/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-b\": {}}},";

    assertThat(unexpressed(adopt(identity, "", FALLBACK))).containsExactly(
        "$.identity.userAssignedIdentities['/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-b']");
  }

  @Test
  void aFallbackRouteToAnotherEndpointIsReported() throws Exception {
    String fallback = FALLBACK.replace("[\"events\"]", "[\"archive\"]");

    assertThat(unexpressed(adopt("", "", fallback))).containsExactly(
        "$.properties.routing.fallbackRoute.name", "$.properties.routing.fallbackRoute.source",
        "$.properties.routing.fallbackRoute.endpointNames[0]", "$.properties.routing.fallbackRoute.isEnabled");
  }

  @Test
  void aConsumerGroupOfTheHubInATemplateIsReported() throws Exception {
    JsonNode template = JSON.readTree("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
        + "deploymentTemplate.json#\", \"resources\": [" + String.format(HUB, "", "", FALLBACK)
            .replace("\"id\": \"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-contoso-iot"
                + "/providers/Microsoft.Devices/IotHubs/contoso-hub\", ", "\"apiVersion\": \"2023-06-30\", ")
        + ", {\"type\": \"Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups\", \"apiVersion\": \"2023-06-30\","
        + " \"name\": \"contoso-hub/events/analytics\", \"properties\": {\"name\": \"analytics\"}}]}");
    AdoptedDefinition definition = Adopter.adopt(ExportReader.read("template.json", template, MissingNode.getInstance(),
        ResourceScope.DEPLOYMENT), Optional.empty()).definition().orElseThrow();

    assertThat(unexpressed(definition)).containsExactly("$.resources[1]");
  }

  @Test
  void aPropertyOfANewerApiVersionIsReported() throws Exception {
    assertThat(unexpressed(adopt("", "\"deviceStreams\": {\"streamingEndpoints\": [\"https://streams\"]},", FALLBACK)))
        .containsExactly("$.properties.deviceStreams.streamingEndpoints[0]");
  }
}
