package io.iotnetwork.generator.emit.arm;

import java.util.List;

/**
 * What a written ARM template measures, what ARM's size limits are checked on.
 *
 * @param bytes          the file's length
 * @param indented       false when written on one line
 * @param resourceSizes  the bytes of each top-level resource, in order
 */
public record TemplateSize(int bytes, boolean indented, List<Integer> resourceSizes) {
  public TemplateSize {
    resourceSizes = List.copyOf(resourceSizes);
  }
}
