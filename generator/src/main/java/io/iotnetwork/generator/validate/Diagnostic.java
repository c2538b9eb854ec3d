package io.iotnetwork.generator.validate;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.SourceLocation;

/**
 * One finding about a definition.
 *
 * @param ruleId    stable kebab-case id, documented in {@code docs/rules.md}; never reused
 * @param severity  how serious it is
 * @param path      where in the DSL, e.g. {@code iotHub[hub-prod].privateEndpoints[pe-hub]}
 * @param message   what is wrong, with the value given and what is allowed
 * @param hint      the fix, in DSL words
 * @param source    the user's source line that declared the element, when known
 */
public record Diagnostic(String ruleId, Severity severity, String path, String message, String hint,
    SourceLocation source) {

  public Diagnostic {
    requireNonNull(ruleId);
    requireNonNull(severity);
    requireNonNull(path);
    requireNonNull(message);
    requireNonNull(hint);
    requireNonNull(source);
  }

  /** An error: nothing is written. */
  public static Diagnostic error(String ruleId, String path, SourceLocation source, String message, String hint) {
    return new Diagnostic(ruleId, Severity.ERROR, path, message, hint, source);
  }

  /** A warning: the templates are written. */
  public static Diagnostic warning(String ruleId, String path, SourceLocation source, String message, String hint) {
    return new Diagnostic(ruleId, Severity.WARNING, path, message, hint, source);
  }

  /** Information. */
  public static Diagnostic info(String ruleId, String path, SourceLocation source, String message, String hint) {
    return new Diagnostic(ruleId, Severity.INFO, path, message, hint, source);
  }

  /**
   * One line: {@code ERROR iot-hub-name at iotHub[x] (Contoso.java:12): message Hint: hint}.
   */
  public String render() {
    return severity + " " + describe();
  }

  /** {@link #render()} without the severity, for logs that show it themselves. */
  public String describe() {
    String where = source.isKnown() ? " (" + source + ")" : "";
    return ruleId + " at " + path + where + ": " + message + " Hint: " + hint;
  }
}
