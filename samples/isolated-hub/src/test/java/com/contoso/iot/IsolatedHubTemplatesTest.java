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

/** Checks a few key properties of the templates the plugin generated for this sample. */
class IsolatedHubTemplatesTest {
  private static final Path OUTPUT = Path.of("target", "iot-network", "isolated-hub");

  @Test
  void hubIsPrivateAndReachedThroughItsPrivateEndpoint() throws IOException {
    JsonNode hub = resource("Microsoft.Devices/IotHubs");
    JsonNode endpoint = resource("Microsoft.Network/privateEndpoints");

    assertEquals("2023-06-30", hub.path("apiVersion").asText());
    assertEquals("Disabled", hub.at("/properties/publicNetworkAccess").asText());
    assertEquals("1.2", hub.at("/properties/minTlsVersion").asText());
    assertEquals("iotHub", endpoint.at("/properties/privateLinkServiceConnections/0/properties/groupIds/0").asText());
    assertEquals("[resourceId('Microsoft.Devices/IotHubs', parameters('iotHubContosoIsolatedHubName'))]",
        endpoint.at("/properties/privateLinkServiceConnections/0/properties/privateLinkServiceId").asText());
  }

  @Test
  void bothPrivateDnsZonesAreCreatedLinkedAndInTheZoneGroup() throws IOException {
    List<String> zones = new ArrayList<>();
    resources("Microsoft.Network/privateDnsZones").forEach(zone -> zones.add(zone.path("name").asText()));
    JsonNode zoneGroup = resource("Microsoft.Network/privateEndpoints/privateDnsZoneGroups");

    assertEquals(List.of("privatelink.azure-devices.net", "privatelink.servicebus.windows.net"), zones);
    assertEquals(2, resources("Microsoft.Network/privateDnsZones/virtualNetworkLinks").size());
    assertEquals(2, zoneGroup.at("/properties/privateDnsZoneConfigs").size());
  }

  @Test
  void bicepAndParameterFilesAreWritten() {
    assertTrue(Files.isRegularFile(OUTPUT.resolve("main.bicep")));
    assertTrue(Files.isRegularFile(OUTPUT.resolve("main.bicepparam")));
    assertTrue(Files.isRegularFile(OUTPUT.resolve("azuredeploy.parameters.json")));
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
