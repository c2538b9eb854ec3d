package com.contoso.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the key egress properties of the templates the plugin generated for this sample. */
class TrustedEgressTemplatesTest {
  private static final Path OUTPUT = Path.of("target", "iot-network", "trusted-egress");
  private static final String BLOB_DATA_CONTRIBUTOR = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

  @Test
  void hubIsFirstDeployedWithItsSystemAssignedIdentityAndWithoutIdentityBasedEndpoints() throws IOException {
    JsonNode hub = only(resources(template(), "Microsoft.Devices/IotHubs"));

    assertEquals("SystemAssigned", hub.at("/identity/type").asText());
    assertTrue(hub.at("/properties/routing/endpoints").isMissingNode());
    assertEquals("events", hub.at("/properties/routing/fallbackRoute/endpointNames/0").asText());
  }

  @Test
  void roleAssignmentsUseTheNarrowestScopeAndTheHubsPrincipal() throws IOException {
    List<JsonNode> assignments = resources(template(), "Microsoft.Authorization/roleAssignments");

    assertEquals(4, assignments.size());
    for (JsonNode assignment : assignments) {
      assertEquals("ServicePrincipal", assignment.at("/properties/principalType").asText());
      assertTrue(assignment.at("/properties/principalId").asText().endsWith(".identity.principalId]"));
      assertTrue(assignment.path("name").asText().startsWith("[guid("));
    }
    assertTrue(assignments.stream().anyMatch(assignment -> assignment.at("/properties/roleDefinitionId").asText()
        .contains(BLOB_DATA_CONTRIBUTOR) && assignment.path("scope").asText().contains("/containers/")));
  }

  @Test
  void completeHubIsDeployedAgainOnlyAfterItsRoleAssignmentsAndFirewalls() throws IOException {
    JsonNode secondDeployment = resources(template(), "Microsoft.Resources/deployments").stream()
        .filter(deployment -> !resources(deployment.at("/properties/template"), "Microsoft.Devices/IotHubs").isEmpty())
        .findFirst().orElseThrow();
    String dependsOn = secondDeployment.path("dependsOn").toString();
    JsonNode hub = secondDeployment.at("/properties/template/resources/0");

    assertTrue(dependsOn.contains("Microsoft.Authorization/roleAssignments"));
    assertTrue(dependsOn.contains("Microsoft.ServiceBus/namespaces/networkRuleSets"));
    assertEquals("identityBased", hub.at("/properties/routing/endpoints/storageContainers/0/authenticationType").asText());
    assertEquals("identityBased", hub.at("/properties/storageEndpoints/$default/authenticationType").asText());
  }

  @Test
  void targetsKeepTheirFirewallsWithTheTrustedServicesException() throws IOException {
    JsonNode storage = only(resources(template(), "Microsoft.Storage/storageAccounts"));
    JsonNode serviceBusRules = only(resources(template(), "Microsoft.ServiceBus/namespaces/networkRuleSets"));

    assertEquals("AzureServices", storage.at("/properties/networkAcls/bypass").asText());
    assertEquals("Deny", storage.at("/properties/networkAcls/defaultAction").asText());
    assertTrue(serviceBusRules.at("/properties/trustedServiceAccessEnabled").asBoolean());
    assertTrue(Files.isRegularFile(OUTPUT.resolve("modules/egress-access-rg-contoso-eventing.bicep")));
  }

  private static JsonNode template() throws IOException {
    return new ObjectMapper().readTree(OUTPUT.resolve("azuredeploy.json").toFile());
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

  private static JsonNode only(List<JsonNode> resources) {
    assertEquals(1, resources.size());
    return resources.get(0);
  }
}
