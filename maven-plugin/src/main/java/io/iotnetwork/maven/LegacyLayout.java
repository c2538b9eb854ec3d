package io.iotnetwork.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The layout of plugin versions before the state and the zip moved into each network's folder:
 * {@code <outputDirectory>/.iot-network-state} (lines {@code network <id>}), and {@code <id>.zip} (and
 * {@code <id>.zip.partial} of an interrupted build) beside the folders.
 */
final class LegacyLayout {
  static final String STATE_FILE = ".iot-network-state";
  private static final String NETWORK = "network ";

  private LegacyLayout() {}

  /** The networks the legacy state in {@code output} lists; none when there is none. */
  static List<String> networkIds(Path output) throws IOException {
    Path state = output.resolve(STATE_FILE);
    List<String> ids = new ArrayList<>();
    if (Files.isRegularFile(state)) {
      for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
        if (line.startsWith(NETWORK)) {
          ids.add(line.substring(NETWORK.length()));
        }
      }
    }
    return ids;
  }

  /** Deletes the legacy state and the zips of {@code ids} beside their folders; returns what it deleted. */
  static List<Path> remove(Path output, Collection<String> ids) throws IOException {
    List<Path> removed = removeArchives(output, ids);
    if (Files.deleteIfExists(output.resolve(STATE_FILE))) {
      removed.add(output.resolve(STATE_FILE));
    }
    return removed;
  }

  /** Deletes the zips of {@code ids} beside their folders (and half-written ones); returns what it deleted. */
  static List<Path> removeArchives(Path output, Collection<String> ids) throws IOException {
    List<Path> removed = new ArrayList<>();
    for (String id : ids) {
      for (Path file : List.of(output.resolve(id + ".zip"), output.resolve(id + ".zip.partial"))) {
        if (Files.deleteIfExists(file)) {
          removed.add(file);
        }
      }
    }
    return removed;
  }
}
