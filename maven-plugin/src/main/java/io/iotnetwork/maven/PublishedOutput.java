package io.iotnetwork.maven;

import io.iotnetwork.generator.validate.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What earlier {@code generate} runs left in the output directory: every network folder that holds a
 * {@link GenerationState}, and the networks the {@link LegacyLayout} lists.
 */
final class PublishedOutput {
  private final Path output;
  private final Map<String, GenerationState> states;
  private final List<String> legacyIds;

  private PublishedOutput(Path output, Map<String, GenerationState> states, List<String> legacyIds) {
    this.output = output;
    this.states = states;
    this.legacyIds = legacyIds;
  }

  /** Reads the states of {@code output}'s network folders; nothing when it does not exist. */
  static PublishedOutput read(Path output) throws IOException {
    Map<String, GenerationState> states = new TreeMap<>();
    if (Files.isDirectory(output)) {
      try (Stream<Path> children = Files.list(output)) {
        for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
          String id = folder.getFileName().toString();
          Optional<GenerationState> state = id.startsWith(".") ? Optional.empty() : GenerationState.read(folder);
          state.ifPresent(found -> states.put(id, found));
        }
      }
    }
    return new PublishedOutput(output, states, LegacyLayout.networkIds(output));
  }

  /**
   * True when the whole output is that of a run with {@code fingerprint}: every network that run wrote
   * still has its folder, and each folder holds exactly the files its state lists, unchanged.
   */
  boolean isCurrent(String fingerprint) throws IOException {
    if (states.isEmpty()) {
      return false;
    }
    for (GenerationState state : states.values()) {
      if (!Set.copyOf(state.networkIds()).equals(states.keySet())) {
        return false;
      }
    }
    for (String id : states.keySet()) {
      if (!isCurrent(id, fingerprint)) {
        return false;
      }
    }
    return true;
  }

  /** True when network {@code id}'s folder was written by a run with {@code fingerprint} and is unchanged since. */
  boolean isCurrent(String id, String fingerprint) throws IOException {
    GenerationState state = states.get(id);
    // files first: an up-to-date build does this work in any case (SkipCheckBenchmark measures it)
    return state != null && state.describes(output.resolve(id)) && state.fingerprint().equals(fingerprint);
  }

  /** The networks found, in folders with a state or in the legacy layout. */
  List<String> networkIds() {
    Set<String> ids = new LinkedHashSet<>(states.keySet());
    ids.addAll(legacyIds);
    return new ArrayList<>(ids);
  }

  /** Each network's recorded warnings and notes, by network id. */
  Map<String, Diagnostics> diagnostics() {
    Map<String, Diagnostics> byNetwork = new LinkedHashMap<>();
    states.forEach((id, state) -> byNetwork.put(id, state.diagnostics()));
    return byNetwork;
  }
}
