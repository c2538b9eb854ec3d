package io.iotnetwork.generator.diff;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.List;

/**
 * What a network's build is compared with: a label for people ("release 1.4.0",
 * "export hub-prod.json"), its normalized resources, and whether they are an earlier build or
 * Azure's live state.
 */
public record ChangeBaseline(String label, List<ExportedResource> resources, BaselineKind kind) {
  public ChangeBaseline {
    requireNonNull(label, "label");
    resources = List.copyOf(resources);
    requireNonNull(kind, "kind");
  }
}
