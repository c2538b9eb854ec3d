package io.iotnetwork.generator;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.generator.validate.Diagnostics;
import java.util.Optional;

/**
 * What one generation produced: its diagnostics and, when there was no error, its files.
 *
 * @param diagnostics every finding, errors first
 * @param files       the files; empty when any diagnostic is an error
 */
public record GenerationResult(Diagnostics diagnostics, Optional<GeneratedFiles> files) {

  public GenerationResult {
    requireNonNull(diagnostics);
    requireNonNull(files);
    if (diagnostics.hasErrors() && files.isPresent()) {
      throw new IllegalArgumentException("bug: files produced despite errors");
    }
  }

  /** A generation stopped by errors: no files. */
  public static GenerationResult failed(Diagnostics diagnostics) {
    return new GenerationResult(diagnostics, Optional.empty());
  }

  /** True when files were produced. */
  public boolean succeeded() {
    return files.isPresent();
  }
}
