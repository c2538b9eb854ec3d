package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.generator.arm.read.ReadProblem;
import java.util.List;
import java.util.Optional;

/** The adopter's answer: the definition, or why the export could not be adopted at all. */
public record Adoption(Optional<AdoptedDefinition> definition, List<ReadProblem> problems) {
  public Adoption {
    requireNonNull(definition);
    problems = List.copyOf(problems);
  }
}
