package io.iotnetwork.generator.emit.arm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code azuredeploy.json} as written: indented when that fits the size given, else on one line,
 * with the size each top-level resource takes in the file (what ARM's 1 MB per resource limit is
 * checked on), measured while writing.
 *
 * @param bytes          the file
 * @param indented       false when written on one line
 * @param resourceSizes  the bytes of each top-level resource, in order, each but the first with the separator before it
 */
public record TemplateFile(byte[] bytes, boolean indented, List<Integer> resourceSizes) {

  public TemplateFile {
    resourceSizes = List.copyOf(resourceSizes);
  }

  /** What this file measures. */
  public TemplateSize size() {
    return new TemplateSize(bytes.length, indented, resourceSizes);
  }

  /** {@code template} indented if that takes at most {@code maxBytes}, else on one line. */
  public static TemplateFile write(ObjectNode template, int maxBytes) {
    try {
      return write(template, ArmJson.INDENTED, new LimitedBuffer(maxBytes), true);
    } catch (TooLarge e) {
      return write(template, ArmJson.COMPACT, new LimitedBuffer(Integer.MAX_VALUE), false);
    }
  }

  /**
   * What {@code template} measures written on one line, its smallest form, counted without keeping
   * the bytes ({@link CompactSize}): when that is already over a limit, the generator need not write the
   * file to know. The top-level resources are counted on several threads at once, each on its own: on one line the file
   * is the rest of the template with {@code "resources":[]} holding them, a comma between each two, and
   * each resource's size counts the comma before it, as {@link #write} counts it.
   */
  public static TemplateSize measureOnOneLine(ObjectNode template) {
    JsonNode resources = template.get("resources");
    if (resources == null || !resources.isArray() || resources.isEmpty()) {
      return new TemplateSize(CompactSize.of(template) + 1, false, List.of());
    }
    List<Integer> sizes = IntStream.range(0, resources.size()).parallel()
        .mapToObj(i -> (i == 0 ? 0 : 1) + CompactSize.of(resources.get(i))).toList();
    ObjectNode rest = template.objectNode();
    template.fields().forEachRemaining(field -> rest.set(field.getKey(),
        field.getKey().equals("resources") ? template.arrayNode() : field.getValue()));
    int bytes = CompactSize.of(rest) + sizes.stream().mapToInt(Integer::intValue).sum();
    return new TemplateSize(bytes + 1, false, sizes);
  }

  private static TemplateFile write(ObjectNode template, ObjectWriter writer, LimitedBuffer out, boolean indented) {
    List<Integer> sizes = write(template, writer, out);
    out.write('\n');
    return new TemplateFile(out.toByteArray(), indented, sizes);
  }

  /** Writes {@code template} to {@code out}, and returns each top-level resource's size. */
  private static List<Integer> write(ObjectNode template, ObjectWriter writer, LimitedBuffer out) {
    List<Integer> sizes = new ArrayList<>();
    try (JsonGenerator generator = writer.createGenerator(out)) {
      generator.writeStartObject();
      Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        generator.writeFieldName(field.getKey());
        if (field.getKey().equals("resources")) {
          generator.writeStartArray();
          for (JsonNode resource : field.getValue()) {
            generator.flush();
            int before = out.size();
            generator.writeTree(resource);
            generator.flush();
            sizes.add(out.size() - before);
          }
          generator.writeEndArray();
        } else {
          generator.writeTree(field.getValue());
        }
      }
      generator.writeEndObject();
    } catch (IOException | RuntimeException e) {
      if (out.exceeded) {
        throw new TooLarge();
      }
      throw new UncheckedIOException("bug: cannot print JSON", e instanceof IOException io ? io : new IOException(e));
    }
    return sizes;
  }

  /** Thrown when the indented form passes the size given: it is not written further. */
  private static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  /**
   * A buffer that refuses to grow past its limit (Jackson wraps what it throws, so it also says so). It
   * keeps the bytes in segments and copies them once, into the file: a multi-megabyte template in one
   * array that doubles as it grows was copied about twice over.
   */
  private static final class LimitedBuffer extends OutputStream {
    private final ByteArrayBuilder bytes = new ByteArrayBuilder(1 << 16);
    private final int maxBytes;
    private boolean exceeded;

    LimitedBuffer(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] chunk, int offset, int length) {
      if (bytes.size() + length > maxBytes) {
        exceeded = true;
        throw new TooLarge();
      }
      bytes.write(chunk, offset, length);
    }

    int size() {
      return bytes.size();
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }
}
