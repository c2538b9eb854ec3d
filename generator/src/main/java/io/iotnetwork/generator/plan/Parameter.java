package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A template parameter: one of the few values a user varies per environment.
 *
 * @param name          its name in both outputs
 * @param type          {@link ParameterType}
 * @param defaultValue  its default; never set for a secure parameter
 * @param description   what it is for ({@code metadata.description} / {@code @description})
 * @param minLength     {@code minLength} of a string
 * @param maxLength     {@code maxLength} of a string
 */
public record Parameter(
    String name,
    ParameterType type,
    Optional<Value> defaultValue,
    String description,
    OptionalInt minLength,
    OptionalInt maxLength) {

  public Parameter {
    requireNonNull(name);
    requireNonNull(type);
    requireNonNull(defaultValue);
    requireNonNull(description);
    requireNonNull(minLength);
    requireNonNull(maxLength);
    if (type.secure() && defaultValue.isPresent()) {
      throw new IllegalArgumentException("bug: secure parameter " + name + " with a default value");
    }
  }

  /** A string parameter with a default. */
  public static Parameter string(String name, String defaultValue, String description) {
    return new Parameter(name, ParameterType.STRING, Optional.of(Value.of(defaultValue)), description,
        OptionalInt.empty(), OptionalInt.empty());
  }

  /** A string parameter without default: the deployment (or the parent template) must supply it. */
  public static Parameter required(String name, String description) {
    return new Parameter(name, ParameterType.STRING, Optional.empty(), description, OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** A secure string parameter: no default, never logged; for a connection string the user opted in to. */
  public static Parameter secure(String name, String description) {
    return new Parameter(name, ParameterType.SECURE_STRING, Optional.empty(), description, OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** An array parameter whose default is empty. */
  public static Parameter emptyArray(String name, String description) {
    return new Parameter(name, ParameterType.ARRAY, Optional.of(Arr.of()), description, OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** A module's inputs: one object, so that no parameter value is an expression (see {@link ModuleInputs}). */
  public static Parameter object(String name, ParameterType type, String description) {
    return new Parameter(name, type, Optional.empty(), description, OptionalInt.empty(), OptionalInt.empty());
  }

  /** A copy limited to {@code min}..{@code max} characters. */
  public Parameter withLength(int min, int max) {
    return new Parameter(name, type, defaultValue, description, OptionalInt.of(min), OptionalInt.of(max));
  }

  /** A reference to this parameter's value. */
  public ParamRef ref() {
    return new ParamRef(this);
  }
}
