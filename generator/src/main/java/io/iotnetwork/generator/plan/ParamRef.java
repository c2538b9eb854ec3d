package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * The value of a template parameter. ARM: {@code parameters('name')}; Bicep: {@code name}.
 *
 * @param parameter the parameter
 */
public record ParamRef(Parameter parameter) implements Expr {
  public ParamRef {
    requireNonNull(parameter);
  }
}
