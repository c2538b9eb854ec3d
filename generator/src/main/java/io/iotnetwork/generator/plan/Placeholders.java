package io.iotnetwork.generator.plan;

import java.util.HashMap;
import java.util.Map;

/**
 * Stand-ins for values an SDK model cannot hold (expressions): a field gets a token, and
 * {@link SdkModels#toObj(Object, Placeholders)} puts the value back in the tree.
 */
final class Placeholders {
  private static final String PREFIX = "\u0000iot-network-placeholder-";

  private final Map<String, Value> values = new HashMap<>();

  /** A token that stands for {@code value}. */
  String token(Value value) {
    String token = PREFIX + values.size();
    values.put(token, value);
    return token;
  }

  /** The value {@code text} stands for, or {@code text} as a literal. */
  Value resolve(String text) {
    Value value = values.get(text);
    if (value == null && text.startsWith(PREFIX)) {
      throw new IllegalStateException("bug: unknown placeholder");
    }
    return value != null ? value : Value.of(text);
  }
}
