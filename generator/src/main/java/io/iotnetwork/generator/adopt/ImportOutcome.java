package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import java.util.List;
import java.util.Optional;

/**
 * What {@code iot-network:import} produced: the Java source and its class name, unless an error
 * stopped it, and every diagnostic (errors, the properties left out, secrets, grants to check,
 * settings to tighten).
 */
public record ImportOutcome(Optional<String> source, String className, Diagnostics diagnostics) {
  public ImportOutcome {
    requireNonNull(source);
    requireNonNull(className);
    requireNonNull(diagnostics);
  }

  static ImportOutcome failed(String className, List<Diagnostic> diagnostics) {
    return new ImportOutcome(Optional.empty(), className, new Diagnostics(diagnostics));
  }
}
