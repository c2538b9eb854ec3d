package io.iotnetwork.generator.report.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.emit.arm.ArmStrings;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the one expression form the generated templates use for values scanners read:
 * {@code [parameters('name')]}, optionally followed by {@code .member} accesses. The main template
 * resolves a parameter to its default (as Checkov's renderer does); a nested template to the value
 * its deployment passes, resolved in the parent. Anything else is unresolved.
 */
public final class ParameterScope {
  private static final Pattern PARAMETER = Pattern.compile("^\\[parameters\\('([^']+)'\\)((?:\\.[A-Za-z0-9_]+)*)\\]$");

  private final JsonNode declarations;
  private final JsonNode passedValues;
  private final ParameterScope parent;

  private ParameterScope(JsonNode declarations, JsonNode passedValues, ParameterScope parent) {
    this.declarations = declarations;
    this.passedValues = passedValues;
    this.parent = parent;
  }

  static ParameterScope of(JsonNode template) {
    return new ParameterScope(template.path("parameters"), null, null);
  }

  static ParameterScope nested(JsonNode template, JsonNode passedValues, ParameterScope parent) {
    return new ParameterScope(template.path("parameters"), passedValues, parent);
  }

  /** {@code value} with expressions resolved; empty when it cannot be. */
  public Optional<JsonNode> resolve(JsonNode value) {
    if (!value.isTextual() || !ArmStrings.isExpression(value.asText())) {
      return Optional.of(value);
    }
    Matcher matcher = PARAMETER.matcher(value.asText());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Optional<JsonNode> resolved = parameter(matcher.group(1));
    for (String member : matcher.group(2).isEmpty() ? new String[0] : matcher.group(2).substring(1).split("\\.")) {
      resolved = resolved.map(node -> node.path(member)).filter(node -> !node.isMissingNode());
    }
    return resolved.flatMap(node -> node.isTextual() && ArmStrings.isExpression(node.asText()) && parent != null
        ? parent.resolve(node) : Optional.of(node));
  }

  private Optional<JsonNode> parameter(String name) {
    if (passedValues != null) {
      JsonNode passed = passedValues.path(name).path("value");
      return passed.isMissingNode() ? Optional.empty() : Optional.of(passed);
    }
    JsonNode defaultValue = declarations.path(name).path("defaultValue");
    return defaultValue.isMissingNode() ? Optional.empty() : resolve(defaultValue);
  }
}
