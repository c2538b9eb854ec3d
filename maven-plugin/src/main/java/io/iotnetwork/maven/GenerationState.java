package io.iotnetwork.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What {@code generate} wrote for one network, kept beside the files in
 * {@code <outputDirectory>/<network-id>/.iot-network-state} (JSON) and published with them.
 *
 * @param fingerprint the build fingerprint of the run that wrote the folder
 * @param networkIds  every network that run wrote, each in a folder of that name
 * @param fileHashes  the SHA-256 (hex) of every file it wrote in the folder, by relative path
 * @param diagnostics the network's warnings and notes, replayed by an up-to-date build
 */
record GenerationState(String fingerprint, List<String> networkIds, SortedMap<String, String> fileHashes,
    Diagnostics diagnostics) {
  static final String FILE_NAME = ".iot-network-state";
  private static final ObjectMapper JSON = new ObjectMapper();

  GenerationState {
    networkIds = List.copyOf(networkIds);
    fileHashes = Collections.unmodifiableSortedMap(new TreeMap<>(fileHashes));
  }

  /** The state of a run that wrote {@code files} (contents by relative path). */
  static GenerationState of(String fingerprint, List<String> networkIds, Map<String, byte[]> files,
      Diagnostics diagnostics) {
    SortedMap<String, String> hashes = new TreeMap<>();
    files.forEach((path, content) -> hashes.put(path, Sha256.hex(content)));
    return new GenerationState(fingerprint, networkIds, hashes, diagnostics);
  }

  /** The state in {@code folder}, if a readable one is there; a damaged one counts as none. */
  static Optional<GenerationState> read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(fromJson(JSON.readTree(file.toFile())));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** This state as the bytes of its file. */
  byte[] toBytes() {
    ObjectNode root = JSON.createObjectNode();
    root.put("fingerprint", fingerprint);
    networkIds.forEach(root.putArray("networks")::add);
    ObjectNode files = root.putObject("files");
    fileHashes.forEach(files::put);
    ArrayNode all = root.putArray("diagnostics");
    for (Diagnostic diagnostic : diagnostics.all()) {
      all.addObject().put("severity", diagnostic.severity().name()).put("ruleId", diagnostic.ruleId())
          .put("path", diagnostic.path()).put("message", diagnostic.message()).put("hint", diagnostic.hint())
          .put("sourceFile", diagnostic.source().fileName()).put("sourceLine", diagnostic.source().lineNumber());
    }
    return (root.toString() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * True when {@code folder} holds exactly the files this state lists (besides the state itself), each
   * with its recorded hash: nothing deleted, changed or added since.
   */
  boolean describes(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    SortedMap<String, String> found = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        if (!path.equals(FILE_NAME)) {
          found.put(path, Sha256.hex(Files.readAllBytes(file)));
        }
      }
    }
    return found.equals(fileHashes);
  }

  private static GenerationState fromJson(JsonNode root) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode id : required(root, "networks")) {
      ids.add(id.asText());
    }
    SortedMap<String, String> hashes = new TreeMap<>();
    required(root, "files").fields().forEachRemaining(file -> hashes.put(file.getKey(), file.getValue().asText()));
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (JsonNode d : required(root, "diagnostics")) {
      diagnostics.add(new Diagnostic(text(d, "ruleId"), Severity.valueOf(text(d, "severity")), text(d, "path"),
          text(d, "message"), text(d, "hint"),
          new SourceLocation(text(d, "sourceFile"), required(d, "sourceLine").asInt())));
    }
    return new GenerationState(text(root, "fingerprint"), ids, hashes, new Diagnostics(diagnostics));
  }

  private static String text(JsonNode node, String field) throws IOException {
    return required(node, field).asText();
  }

  private static JsonNode required(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IOException("no " + field + " in " + FILE_NAME);
    }
    return value;
  }
}
