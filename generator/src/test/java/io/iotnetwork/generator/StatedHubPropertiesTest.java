package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The restated-hub scenario writes each stated hub property; the isolated hub, stating none, writes none. */
class StatedHubPropertiesTest {

  private static JsonNode hubProperties(String scenario) throws Exception {
    JsonNode template = new ObjectMapper().readTree(Scenarios.files(scenario).text(GeneratedFiles.ARM_TEMPLATE));
    for (JsonNode resource : template.path("resources")) {
      if (resource.path("type").asText().equals("Microsoft.Devices/IotHubs")) {
        return resource.path("properties");
      }
    }
    throw new AssertionError("no hub in " + scenario);
  }

  @Test
  void statedPropertiesAreWritten() throws Exception {
    JsonNode properties = hubProperties("restated-hub");

    assertThat(properties.path("minTlsVersion").asText()).isEqualTo("1.0");
    assertThat(properties.at("/cloudToDevice/maxDeliveryCount").asInt()).isEqualTo(25);
    assertThat(properties.at("/cloudToDevice/defaultTtlAsIso8601").asText()).isEqualTo("PT2H");
    assertThat(properties.at("/cloudToDevice/feedback/lockDurationAsIso8601").asText()).isEqualTo("PT30S");
    assertThat(properties.at("/cloudToDevice/feedback/ttlAsIso8601").asText()).isEqualTo("PT3H");
    assertThat(properties.at("/cloudToDevice/feedback/maxDeliveryCount").asInt()).isEqualTo(15);
    assertThat(properties.at("/routing/enrichments/0/key").asText()).isEqualTo("site");
    assertThat(properties.at("/routing/enrichments/0/value").asText()).isEqualTo("$twin.tags.site");
    assertThat(properties.at("/routing/enrichments/0/endpointNames/0").asText()).isEqualTo("archive");
    assertThat(properties.at("/routing/enrichments/0/endpointNames/1").asText()).isEqualTo("events");
    assertThat(properties.at("/routing/enrichments").size()).isEqualTo(2);
    assertThat(properties.at("/routing/fallbackRoute/isEnabled").asBoolean(true)).isFalse();
    assertThat(properties.at("/routing/fallbackRoute/name").asText()).isEqualTo("fallback-debug");
    assertThat(properties.at("/routing/fallbackRoute/condition").asText()).isEqualTo("$body.level = 'debug'");
    assertThat(properties.at("/messagingEndpoints/fileNotifications/maxDeliveryCount").asInt()).isEqualTo(20);
    assertThat(properties.path("comments").asText()).isEqualTo("adopted from the portal");
    assertThat(properties.path("features").asText()).isEqualTo("DeviceManagement");
    assertThat(properties.path("enableDataResidency").isBoolean()).isTrue();
    assertThat(properties.path("enableDataResidency").asBoolean()).isTrue();
    assertThat(properties.has("authorizationPolicies")).isFalse();
    assertThat(properties.has("ipFilterRules")).isFalse();
  }

  @Test
  void unstatedPropertiesAreLeftOut() throws Exception {
    JsonNode properties = hubProperties("isolated-hub");

    assertThat(properties.has("cloudToDevice")).isFalse();
    assertThat(properties.path("routing").has("enrichments")).isFalse();
    assertThat(properties.has("comments")).isFalse();
    assertThat(properties.has("features")).isFalse();
    assertThat(properties.has("enableDataResidency")).isFalse();
  }
}
