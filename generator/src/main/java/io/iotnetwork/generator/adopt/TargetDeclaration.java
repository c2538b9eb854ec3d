package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A local variable of the generated definition holding an egress target:
 * {@code <Type> <variable> = <start><calls>.build();}, with comment lines above it.
 */
public record TargetDeclaration(String variable, Class<?> type, JavaCode start, List<DslCall> calls,
    List<String> comments) {
  public TargetDeclaration {
    requireNonNull(variable);
    requireNonNull(type);
    requireNonNull(start);
    calls = List.copyOf(calls);
    comments = List.copyOf(comments);
  }
}
