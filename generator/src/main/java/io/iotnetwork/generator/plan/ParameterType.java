package io.iotnetwork.generator.plan;

/** The types of template parameters and outputs the generator writes. */
public enum ParameterType {
  /** ARM {@code string}, Bicep {@code string}. */
  STRING("string", "string"),
  /** ARM {@code securestring}, Bicep {@code @secure() string}: never logged, never a default. */
  SECURE_STRING("securestring", "string"),
  /** ARM {@code object}, Bicep {@code object}: how a module takes its inputs. */
  OBJECT("object", "object"),
  /** ARM {@code secureObject}, Bicep {@code @secure() object}: how a module takes secrets. */
  SECURE_OBJECT("secureObject", "object"),
  /** ARM {@code int}, Bicep {@code int}. */
  INT("int", "int"),
  /** ARM {@code bool}, Bicep {@code bool}. */
  BOOL("bool", "bool"),
  /** ARM {@code array}, Bicep {@code array}. */
  ARRAY("array", "array");

  private final String armName;
  private final String bicepName;

  ParameterType(String armName, String bicepName) {
    this.armName = armName;
    this.bicepName = bicepName;
  }

  /** The type's name in ARM JSON. */
  public String armName() {
    return armName;
  }

  /** True for types whose values are never logged and never have defaults. */
  public boolean secure() {
    return this == SECURE_STRING || this == SECURE_OBJECT;
  }

  /** The type's name in Bicep. */
  public String bicepName() {
    return bicepName;
  }
}
