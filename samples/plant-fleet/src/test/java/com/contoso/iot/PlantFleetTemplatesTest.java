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

/** Checks how the plugin sharded this sample's 120 hubs: one nested deployment per region's hubs. */
class PlantFleetTemplatesTest {
  private static final Path OUTPUT = Path.of("target", "iot-network", "plant-fleet");
  private static final List<String> REGIONS = List.of("eastus", "northeurope", "southeastasia", "westeurope");

  @Test
  void sharedDnsStaysInTheMainTemplateAndTheHubsAreInOneDeploymentPerRegion() throws IOException {
    JsonNode template = template();

    assertEquals(2, resources(template, "Microsoft.Network/privateDnsZones").size());
    assertEquals(2, resources(template, "Microsoft.Network/privateDnsZones/virtualNetworkLinks").size());
    assertTrue(resources(template, "Microsoft.Devices/IotHubs").isEmpty());
    for (String region : REGIONS) {
      JsonNode group = deployment(template, "modules/hub-group-" + region + "-01.bicep");
      assertEquals(30, resources(group.at("/properties/template"), "Microsoft.Devices/IotHubs").size(), region);
      assertTrue(group.path("dependsOn").toString().contains("privatelink.azure-devices.net"), region);
      assertTrue(Files.isRegularFile(OUTPUT.resolve("modules/hub-group-" + region + "-01.bicep")), region);
    }
  }

  @Test
  void eachRegionsSpokeNetworkAndStorageMoveWithItsHubs() throws IOException {
    JsonNode group = deployment(template(), "modules/hub-group-westeurope-01.bicep").at("/properties/template");

    assertEquals("vnet-iot-weu", resources(group, "Microsoft.Network/virtualNetworks").get(0).path("name").asText());
    assertEquals("stcontosoweutelemetry", resources(group, "Microsoft.Storage/storageAccounts").get(0).path("name").asText());
    assertEquals(30, resources(group, "Microsoft.Authorization/roleAssignments").size());
    assertEquals(60, group.path("outputs").size());
  }

  @Test
  void eachGroupsHubsAreDeployedAgainWithTheirEndpointsAfterTheGroup() throws IOException {
    JsonNode template = template();
    JsonNode group = deployment(template, "modules/hub-group-westeurope-01.bicep");
    JsonNode egress = deployment(template, "modules/hub-group-westeurope-01-egress.bicep");
    String groupName = group.path("name").asText();

    assertTrue(egress.path("dependsOn").toString().contains(groupName.substring(1, groupName.length() - 1)));
    JsonNode hub = egress.at("/properties/template/resources/0");
    assertEquals("identityBased", hub.at("/properties/routing/endpoints/storageContainers/0/authenticationType").asText());
  }

  private static JsonNode template() throws IOException {
    return new ObjectMapper().readTree(OUTPUT.resolve("azuredeploy.json").toFile());
  }

  private static JsonNode deployment(JsonNode template, String module) {
    return resources(template, "Microsoft.Resources/deployments").stream()
        .filter(deployment -> deployment.at("/properties/template/metadata/module").asText().equals(module))
        .findFirst().orElseThrow(() -> new AssertionError("no deployment of " + module));
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
}
