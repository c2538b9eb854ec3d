package com.contoso.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that the templates the plugin generated for this sample reference the existing hub and never deploy it. */
class ExistingHubTemplatesTest {
  private static final Path OUTPUT = Path.of("target", "iot-network", "existing-hub");
  private static final String HUB_ID = "[resourceId('rg-contoso-iot', 'Microsoft.Devices/IotHubs', 'contoso-portal-hub')]";

  @Test
  void theHubIsReferencedAndNeverDeployed() throws IOException {
    assertTrue(resources("Microsoft.Devices/IotHubs").isEmpty());
    assertFalse(Files.readString(OUTPUT.resolve("azuredeploy.json")).contains("\"Microsoft.Devices/IotHubs\""));
    assertTrue(Files.readString(OUTPUT.resolve("main.bicep"))
        .contains("'Microsoft.Devices/IotHubs@2023-06-30' existing = {"));
  }

  @Test
  void thePrivateEndpointLinksToTheExistingHub() throws IOException {
    JsonNode endpoint = resource("Microsoft.Network/privateEndpoints");

    assertEquals(HUB_ID, endpoint.at("/properties/privateLinkServiceConnections/0/properties/privateLinkServiceId")
        .asText());
    assertEquals("iotHub", endpoint.at("/properties/privateLinkServiceConnections/0/properties/groupIds/0").asText());
    assertEquals(2, resource("Microsoft.Network/privateEndpoints/privateDnsZoneGroups")
        .at("/properties/privateDnsZoneConfigs").size());
  }

  @Test
  void theGrantReadsTheHubsExistingIdentity() throws IOException {
    JsonNode access = resource("Microsoft.Resources/deployments");

    assertEquals("rg-contoso-eventing", access.path("resourceGroup").asText());
    assertEquals("[reference(" + HUB_ID.substring(1, HUB_ID.length() - 1) + ", '2023-06-30', 'full')"
        + ".identity.principalId]",
        access.at("/properties/parameters/inputs/value/iotHubContosoPortalHubPrincipalId").asText());
  }

  private static JsonNode resource(String type) throws IOException {
    List<JsonNode> found = resources(type);
    assertEquals(1, found.size(), "resources of type " + type);
    return found.get(0);
  }

  private static List<JsonNode> resources(String type) throws IOException {
    JsonNode template = new ObjectMapper().readTree(OUTPUT.resolve("azuredeploy.json").toFile());
    List<JsonNode> found = new ArrayList<>();
    template.path("resources").forEach(resource -> {
      if (resource.path("type").asText().equals(type)) {
        found.add(resource);
      }
    });
    return found;
  }
}
