package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * A template output. Outputs never carry a secret.
 *
 * @param name         its name
 * @param type         its type; never {@link ParameterType#SECURE_STRING}
 * @param value        its value
 * @param description  what it is
 */
public record Output(String name, ParameterType type, Value value, String description) {
  public Output {
    requireNonNull(name);
    requireNonNull(type);
    requireNonNull(value);
    requireNonNull(description);
    if (type.secure()) {
      throw new IllegalArgumentException("bug: secure output " + name);
    }
  }
}
