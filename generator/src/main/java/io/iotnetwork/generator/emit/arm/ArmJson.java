package io.iotnetwork.generator.emit.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.plan.Arr;
import io.iotnetwork.generator.plan.Expr;
import io.iotnetwork.generator.plan.KeyedObj;
import io.iotnetwork.generator.plan.Lit;
import io.iotnetwork.generator.plan.Obj;
import io.iotnetwork.generator.plan.Value;
import java.util.Arrays;

/** Turns plan values into Jackson nodes and prints JSON deterministically. */
final class ArmJson {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Two-space indent, LF line ends. */
  static final ObjectWriter INDENTED = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")));

  /** On one line, without spaces between tokens. */
  static final ObjectWriter COMPACT = new ObjectMapper().writer();

  private ArmJson() {}

  /** The JSON form of {@code value}; an expression becomes {@code "[...]"} text. */
  static JsonNode toJson(Value value) {
    if (value instanceof Lit lit) {
      if (lit.value() instanceof String text) {
        return NODES.textNode(ArmStrings.literal(text));
      }
      return lit.value() instanceof Boolean flag ? NODES.booleanNode(flag) : NODES.numberNode((Long) lit.value());
    } else if (value instanceof Obj obj) {
      ObjectNode node = NODES.objectNode();
      obj.entries().forEach((key, entry) -> node.set(ArmStrings.literal(key), toJson(entry)));
      return node;
    } else if (value instanceof KeyedObj keyed) {
      ObjectNode node = NODES.objectNode();
      keyed.entries().forEach(entry -> node.set(toJson(entry.key()).asText(), toJson(entry.value())));
      return node;
    } else if (value instanceof Arr arr) {
      ArrayNode node = NODES.arrayNode();
      arr.items().forEach(item -> node.add(toJson(item)));
      return node;
    }
    return NODES.textNode("[" + ArmExpressions.print((Expr) value) + "]");
  }

  /** {@code node} pretty-printed: two-space indent, LF line ends, a final newline, UTF-8. */
  static byte[] print(JsonNode node) {
    return print(INDENTED, node);
  }

  private static byte[] print(ObjectWriter writer, JsonNode node) {
    try {
      byte[] json = writer.writeValueAsBytes(node);
      byte[] file = Arrays.copyOf(json, json.length + 1);
      file[json.length] = '\n';
      return file;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bug: cannot print JSON", e);
    }
  }
}
