package io.iotnetwork.generator.adopt;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code sku} ({@code withSku}), {@code location} (the network's region) and the hub's {@code tags}. */
final class SkuGroup implements PropertyGroup {
  @Override
  public void adopt(AdoptionContext context) {
    String sku = context.take("sku", "name").map(JsonNode::asText).orElse("S1");
    long units = context.take("sku", "capacity").map(JsonNode::asLong).orElse(1L);
    context.hubCall("withSku", JavaCode.constant(IotHubSku.class, sku), JavaCode.number(units));
    context.take("location");
    context.object("tags").ifPresent(tags -> {
      tags.fields().forEachRemaining(tag -> context.hubCall("withTag", JavaCode.string(tag.getKey()),
          JavaCode.string(tag.getValue().asText())));
      context.take("tags");
    });
  }
}
