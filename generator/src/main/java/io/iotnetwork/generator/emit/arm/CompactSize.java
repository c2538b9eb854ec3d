package io.iotnetwork.generator.emit.arm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The bytes {@link ArmJson#COMPACT} writes for a tree, counted from the tree without writing it: braces,
 * brackets, commas and colons, each string's UTF-8 bytes with Jackson's escapes ({@code \"}, {@code \\},
 * {@code \b}, {@code \t}, {@code \n}, {@code \f}, {@code \r}, and <code>&#92;u00XX</code> for the other control
 * characters), integers' digits. A node of any other kind (a fraction, binary data) or a string with a
 * surrogate (a character beyond U+FFFF) is written to a counter by Jackson instead.
 */
final class CompactSize {
  private static final int UNCOUNTED = -1;

  private CompactSize() {}

  /** What {@code node} takes written on one line by {@link ArmJson#COMPACT}. */
  static int of(JsonNode node) {
    int size = counted(node);
    return size == UNCOUNTED ? written(node) : size;
  }

  private static int counted(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        int size = 2;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        for (boolean first = true; fields.hasNext(); first = false) {
          Map.Entry<String, JsonNode> field = fields.next();
          int key = string(field.getKey());
          if (key == UNCOUNTED) {
            return UNCOUNTED;
          }
          size += (first ? 0 : 1) + key + 1 + of(field.getValue());
        }
        return size;
      }
      case ARRAY -> {
        int size = 2;
        for (int i = 0; i < node.size(); i++) {
          size += (i == 0 ? 0 : 1) + of(node.get(i));
        }
        return size;
      }
      case STRING -> {
        return string(node.textValue());
      }
      case BOOLEAN -> {
        return node.booleanValue() ? 4 : 5;
      }
      case NULL -> {
        return 4;
      }
      case NUMBER -> {
        return node.isInt() || node.isLong() ? Long.toString(node.longValue()).length() : UNCOUNTED;
      }
      default -> {
        return UNCOUNTED;
      }
    }
  }

  /**
   * {@code text} quoted and escaped as Jackson writes it, in UTF-8; {@link #UNCOUNTED} with a surrogate,
   * which Jackson writes escaped or not depending on its features (a pair as twelve bytes, by default).
   */
  private static int string(String text) {
    int size = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        size += c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
      } else if (c < 0x80) {
        size += c == '"' || c == '\\' ? 2 : 1;
      } else if (c < 0x800) {
        size += 2;
      } else if (!Character.isSurrogate(c)) {
        size += 3;
      } else {
        return UNCOUNTED;
      }
    }
    return size;
  }

  private static int written(JsonNode node) {
    int[] count = {0};
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        count[0]++;
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        count[0] += length;
      }
    };
    try (JsonGenerator generator = ArmJson.COMPACT.createGenerator(counter)) {
      generator.writeTree(node);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: cannot print JSON", e);
    }
    return count[0];
  }
}
