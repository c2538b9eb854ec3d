package io.iotnetwork.maven;

import io.iotnetwork.generator.diff.ChangeBaseline;
import io.iotnetwork.generator.diff.ClassifiedChange;
import io.iotnetwork.generator.diff.JsonDiffPrinter;
import io.iotnetwork.generator.diff.MarkdownDiffPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a network's {@code diff.md} and {@code diff.json} into {@code <diffDirectory>/<network-id>/}. */
final class DiffFiles {
  static final String MARKDOWN = "diff.md";
  static final String JSON = "diff.json";

  private DiffFiles() {}

  /** The folder written. */
  static Path write(Path diffDirectory, String networkId, ChangeBaseline baseline, List<ClassifiedChange> changes)
      throws IOException {
    Path folder = diffDirectory.resolve(networkId);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(MARKDOWN), MarkdownDiffPrinter.print(networkId, baseline.label(), changes),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(JSON), JsonDiffPrinter.print(networkId, baseline.label(), baseline.kind(), changes),
        StandardCharsets.UTF_8);
    return folder;
  }
}
