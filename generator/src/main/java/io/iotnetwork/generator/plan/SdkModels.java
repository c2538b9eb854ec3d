package io.iotnetwork.generator.plan;

import com.azure.core.management.serializer.SerializerFactory;
import com.azure.core.util.serializer.JacksonAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns an azure-resourcemanager model object into a {@link Value} tree with the ARM property
 * names the SDK declares. Uses the SDK's own management serializer: plain Jackson invents
 * properties from some getters (e.g. an {@code enabled} beside {@code isEnabled}). The serializer's
 * own mapper turns the model into a tree directly, without printing and parsing JSON text.
 */
final class SdkModels {
  private static final ObjectMapper SERIALIZER =
      ((JacksonAdapter) SerializerFactory.createDefaultManagementSerializerAdapter()).serializer();
  private static final String NAME = "name";

  private SdkModels() {}

  /** The model's JSON form as an {@link Obj}. */
  static Obj toObj(Object sdkModel) {
    return toObj(sdkModel, new Placeholders());
  }

  /**
   * The model's JSON form as an {@link Obj}, with every string that is a placeholder token replaced
   * by the value it stands for: expressions never pass through the SDK's string fields.
   */
  static Obj toObj(Object sdkModel, Placeholders placeholders) {
    JsonNode node = SERIALIZER.valueToTree(sdkModel);
    return (Obj) toValue(node, placeholders);
  }

  private static Value toValue(JsonNode node, Placeholders placeholders) {
    if (node.isObject()) {
      Obj.Builder entries = Obj.builder();
      JsonNode name = node.get(NAME);
      if (name != null) {
        entries.put(NAME, toValue(name, placeholders)); // readers look for the name first
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (name == null || !field.getKey().equals(NAME)) {
          entries.put(field.getKey(), toValue(field.getValue(), placeholders));
        }
      }
      return entries.build();
    } else if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      node.forEach(item -> items.add(toValue(item, placeholders)));
      return new Arr(items);
    } else if (node.isBoolean()) {
      return Value.of(node.booleanValue());
    } else if (node.isIntegralNumber()) {
      return Value.of(node.longValue());
    } else if (node.isTextual()) {
      return placeholders.resolve(node.textValue());
    }
    throw new IllegalStateException("bug: unsupported JSON node " + node.getNodeType());
  }
}
