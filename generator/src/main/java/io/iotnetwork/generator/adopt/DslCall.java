package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One call of a fluent chain in the generated definition, {@code .method(arguments)}, indented by
 * {@code depth} (1 for a child such as a routing endpoint, between its {@code define..} and its
 * {@code attach()}).
 */
public record DslCall(int depth, String method, List<JavaCode> arguments) {
  public DslCall {
    requireNonNull(method);
    arguments = List.copyOf(arguments);
  }

  /** The call as source, without indentation. */
  public String text() {
    return "." + method + "(" + JavaCode.join(arguments) + ")";
  }
}
