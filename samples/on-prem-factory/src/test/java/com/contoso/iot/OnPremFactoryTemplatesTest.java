package com.contoso.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Checks a few key properties of the templates the plugin generated for this sample. */
class OnPremFactoryTemplatesTest {
  private static final Path TEMPLATE = Path.of("target", "iot-network", "on-prem-factory", "azuredeploy.json");

  @Test
  void publicEndpointIsOpenOnlyToTheFactoryRangeIncludingTheBuiltInEndpoint() throws IOException {
    JsonNode rules = hub().at("/properties/networkRuleSets");

    assertEquals("Enabled", hub().at("/properties/publicNetworkAccess").asText());
    assertEquals("Deny", rules.path("defaultAction").asText());
    assertTrue(rules.path("applyToBuiltInEventHubEndpoint").asBoolean());
    assertEquals("203.0.113.0/28", rules.at("/ipRules/0/ipMask").asText());
    assertEquals("Allow", rules.at("/ipRules/0/action").asText());
    assertTrue(hub().at("/properties/ipFilterRules").isMissingNode(), "classic ipFilterRules are never written");
  }

  @Test
  void privateEndpointGoesIntoTheExistingSubnetWithItsOwnNicName() throws IOException {
    JsonNode endpoint = find("Microsoft.Network/privateEndpoints");

    assertTrue(endpoint.at("/properties/subnet/id").asText().endsWith("/virtualNetworks/vnet-factory/subnets/snet-iot-endpoints"));
    assertEquals("nic-pe-contoso-factory-hub", endpoint.at("/properties/customNetworkInterfaceName").asText());
    assertEquals(1, endpoint.path("dependsOn").size(), "the existing subnet is never a dependency");
  }

  private static JsonNode hub() throws IOException {
    return find("Microsoft.Devices/IotHubs");
  }

  private static JsonNode find(String type) throws IOException {
    for (JsonNode resource : new ObjectMapper().readTree(TEMPLATE.toFile()).path("resources")) {
      if (resource.path("type").asText().equals(type)) {
        return resource;
      }
    }
    throw new AssertionError("no " + type + " in " + TEMPLATE);
  }
}
