package io.iotnetwork.generator.adopt;

import com.azure.resourcemanager.iothub.models.Capabilities;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code comments}, {@code features} and {@code enableDataResidency}, written only when the export states them. */
final class HubSettingsGroup implements PropertyGroup {
  @Override
  public void adopt(AdoptionContext context) {
    context.take("properties", "comments").map(JsonNode::asText)
        .ifPresent(comments -> context.hubCall("withComments", JavaCode.string(comments)));
    context.take("properties", "features").map(JsonNode::asText)
        .ifPresent(features -> context.hubCall("withFeatures", JavaCode.constant(Capabilities.class, features)));
    context.take("properties", "enableDataResidency").filter(JsonNode::isBoolean)
        .ifPresent(enabled -> context.hubCall("withDataResidency", JavaCode.bool(enabled.asBoolean())));
  }
}
