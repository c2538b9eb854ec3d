package io.iotnetwork.generator.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module's parameters: every value the parent passes goes into one {@code inputs} object, and
 * every secret into one {@code secrets} secure object. Microsoft's published deployment schema
 * rejects an expression as a nested deployment's parameter value (its {@code value} is
 * {@code oneOf [{}, expression]}), while an object holding expressions is accepted; Bicep reads
 * {@code inputs.name} just as well.
 */
final class ModuleInputs {
  static final String INPUTS = "inputs";
  static final String SECRETS = "secrets";

  private final PlanContext inner;
  private final Map<String, Value> inputs = new LinkedHashMap<>();
  private final Map<String, Value> secrets = new LinkedHashMap<>();
  private Parameter inputsParameter;
  private Parameter secretsParameter;

  ModuleInputs(PlanContext inner) {
    this.inner = inner;
  }

  /** An input named {@code name} with the parent's {@code value}; inside the module, the returned member. */
  Member input(String name, Value value) {
    inputs.put(name, value);
    if (inputsParameter == null) {
      inputsParameter = inner.addParameter(Parameter.object(INPUTS, ParameterType.OBJECT,
          "Values the parent template passes to this module."));
    }
    return new Member(inputsParameter.ref(), name);
  }

  /** A secret named {@code name} with the parent's {@code value}; inside the module, the returned member. */
  Member secret(String name, Value value) {
    secrets.put(name, value);
    if (secretsParameter == null) {
      secretsParameter = inner.addParameter(Parameter.object(SECRETS, ParameterType.SECURE_OBJECT,
          "Secrets the parent template passes to this module; never logged."));
    }
    return new Member(secretsParameter.ref(), name);
  }

  /** The module's arguments, by parameter name. */
  Map<String, Value> arguments() {
    Map<String, Value> arguments = new LinkedHashMap<>();
    if (!inputs.isEmpty()) {
      arguments.put(INPUTS, new Obj(inputs));
    }
    if (!secrets.isEmpty()) {
      arguments.put(SECRETS, new Obj(secrets));
    }
    return arguments;
  }
}
