package io.iotnetwork.maven;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.generator.validate.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Publishes a network's output as one unit: its templates, {@code <id>.zip} and its
 * {@link GenerationState} are written into a staging folder beside {@code <output>/<id>/}, which then
 * takes that folder's place by renames. A failed or interrupted write leaves the previous folder, zip
 * and state as they were, whatever other networks of the build did.
 */
final class NetworkWriter {

  /** Writes the zip of a network's files (contents by relative path). */
  @FunctionalInterface
  interface Archiver {
    void write(SortedMap<String, byte[]> files, Path archive) throws IOException;
  }

  private final Path output;
  private final Archiver archiver;

  NetworkWriter(Path output) {
    this(output, TemplateArchive::write);
  }

  NetworkWriter(Path output, Archiver archiver) {
    this.output = output;
    this.archiver = archiver;
  }

  /** The folder of network {@code id}. */
  Path folder(String id) {
    return output.resolve(id);
  }

  /** The zip of network {@code id}, inside its folder. */
  static Path archiveOf(Path folder, String id) {
    return folder.resolve(id + ".zip");
  }

  /**
   * Replaces network {@code id}'s folder with {@code files}, their zip and the state of this run
   * ({@code fingerprint}, the run's {@code networkIds}, the network's {@code diagnostics}).
   */
  void publish(String id, GeneratedFiles files, String fingerprint, List<String> networkIds, Diagnostics diagnostics)
      throws IOException {
    Path folder = folder(id);
    Path staging = OutputFolder.stage(folder);
    try {
      OutputFolder.write(staging, files.files());
      Path archive = archiveOf(staging, id);
      archiver.write(files.files(), archive);
      SortedMap<String, byte[]> written = new TreeMap<>(files.files());
      written.put(archive.getFileName().toString(), Files.readAllBytes(archive));
      Files.write(staging.resolve(GenerationState.FILE_NAME),
          GenerationState.of(fingerprint, networkIds, written, diagnostics).toBytes());
      OutputFolder.publish(staging, folder);
    } finally {
      OutputFolder.deleteRecursively(staging);
    }
  }

  /**
   * Removes network {@code id}'s folder (renamed away, then deleted) and a zip of the
   * {@link LegacyLayout} beside it; true when there was either.
   */
  boolean remove(String id) throws IOException {
    boolean folderRemoved = OutputFolder.remove(folder(id));
    return !LegacyLayout.removeArchives(output, List.of(id)).isEmpty() || folderRemoved;
  }

  /** Deletes the staging and retired folders an interrupted build left, and returns them. */
  List<Path> removeLeftovers() throws IOException {
    return OutputFolder.removeLeftovers(output);
  }
}
