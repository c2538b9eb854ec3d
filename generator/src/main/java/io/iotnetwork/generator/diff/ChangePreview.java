package io.iotnetwork.generator.diff;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.List;

/** A network's build compared with a baseline: what the baseline is called, and every change, classified. */
public record ChangePreview(String baselineLabel, List<ClassifiedChange> changes) {
  public ChangePreview {
    requireNonNull(baselineLabel, "baselineLabel");
    changes = List.copyOf(changes);
  }

  /** {@code proposed} (normalized resources, as {@link GeneratedResources} reads them) against {@code baseline}. */
  public static ChangePreview of(ChangeBaseline baseline, List<ExportedResource> proposed) {
    return new ChangePreview(baseline.label(),
        ChangeClassifier.classify(ResourceDiff.compare(baseline.resources(), proposed), baseline.kind()));
  }

  /** One group per class, most serious first, each in the printed order. */
  public List<ChangeGroup> groups() {
    return ChangeGroup.of(changes);
  }
}
