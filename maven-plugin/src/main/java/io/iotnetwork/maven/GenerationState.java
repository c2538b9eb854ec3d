package io.iotnetwork.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful {@code generate} wrote: its fingerprint and the networks' ids, kept in
 * {@code <outputDirectory>/.iot-network-state}.
 *
 * @param fingerprint the build fingerprint of that run
 * @param networkIds  the networks it wrote, each in a folder of that name
 */
record GenerationState(String fingerprint, List<String> networkIds) {
  static final String FILE_NAME = ".iot-network-state";
  private static final String FINGERPRINT = "fingerprint ";
  private static final String NETWORK = "network ";

  GenerationState {
    networkIds = List.copyOf(networkIds);
  }

  /** The state in {@code outputDirectory}, if a readable one is there. */
  static Optional<GenerationState> read(Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String fingerprint = null;
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith(FINGERPRINT)) {
        fingerprint = line.substring(FINGERPRINT.length());
      } else if (line.startsWith(NETWORK)) {
        ids.add(line.substring(NETWORK.length()));
      }
    }
    return fingerprint == null ? Optional.empty() : Optional.of(new GenerationState(fingerprint, ids));
  }

  /** Writes this state into {@code outputDirectory}. */
  void write(Path outputDirectory) throws IOException {
    StringBuilder text = new StringBuilder(FINGERPRINT).append(fingerprint).append('\n');
    networkIds.forEach(id -> text.append(NETWORK).append(id).append('\n'));
    Files.createDirectories(outputDirectory);
    Files.writeString(outputDirectory.resolve(FILE_NAME), text.toString(), StandardCharsets.UTF_8);
  }

  /** True when this state has {@code currentFingerprint} and every network folder it lists exists. */
  boolean isCurrent(String currentFingerprint, Path outputDirectory) {
    return fingerprint.equals(currentFingerprint) && !networkIds.isEmpty()
        && networkIds.stream().allMatch(id -> Files.isDirectory(outputDirectory.resolve(id)));
  }
}
