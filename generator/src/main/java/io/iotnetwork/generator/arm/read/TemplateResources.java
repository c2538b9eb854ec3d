package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources an ARM template deploys, flattened: parameters resolved (a parameters file, then
 * defaults), conditions that are known to be false skipped, child resources nested in
 * {@code resources} given their full type and name, and inline nested deployments
 * ({@code Microsoft.Resources/deployments}, which Bicep modules and our hub groups compile to) read
 * in place with their own parameters and scope.
 */
final class TemplateResources {
  private static final String DEPLOYMENTS = "Microsoft.Resources/deployments";
  private static final Pattern PARAMETER_ONLY = Pattern.compile("^\\[parameters\\('((?:[^']|'')*)'\\)\\]$");

  private final String file;
  private final JsonNode parameterValues;
  private final List<ReadProblem> problems;
  private final List<ExportedResource> resources = new ArrayList<>();

  TemplateResources(String file, JsonNode parameterValues, List<ReadProblem> problems) {
    this.file = file;
    this.parameterValues = parameterValues;
    this.problems = problems;
  }

  List<ExportedResource> read(JsonNode template, ResourceScope scope) {
    readTemplate(template, parameterValues, scope, "$");
    return resources;
  }

  private void readTemplate(JsonNode template, JsonNode values, ResourceScope scope, String at) {
    TemplateParameters parameters = new TemplateParameters(template.path("parameters"), values);
    for (String missing : parameters.missing()) {
      problems.add(new ReadProblem(file, at + ".parameters." + missing, "parameter '" + missing
          + "' has no value: give it a defaultValue, pass a parameters file that sets it, or export with"
          + " --include-parameter-default-value"));
    }
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    template.path("variables").fields().forEachRemaining(field -> variables.put(field.getKey(), field.getValue()));
    ExpressionEvaluator evaluator = new ExpressionEvaluator(parameters, variables, scope);
    JsonNode list = template.path("resources");
    if (list.isObject()) {
      list.fields().forEachRemaining(field -> readResource(field.getValue(), evaluator, parameters, scope,
          at + ".resources." + field.getKey(), Optional.empty()));
    } else {
      for (int i = 0; i < list.size(); i++) {
        readResource(list.get(i), evaluator, parameters, scope, at + ".resources[" + i + "]", Optional.empty());
      }
    }
  }

  private void readResource(JsonNode raw, ExpressionEvaluator evaluator, TemplateParameters parameters,
      ResourceScope scope, String at, Optional<ExportedResource> parent) {
    JsonNode resolved;
    try {
      resolved = evaluator.resolve(withoutNestedParts(raw));
    } catch (IllegalArgumentException badExpression) {
      problems.add(new ReadProblem(file, at, "holds an expression that is not valid ARM syntax: " + badExpression.getMessage()));
      return;
    }
    if (raw.path("existing").asBoolean(false) || resolved.path("condition").isBoolean() && !resolved.path("condition").asBoolean()) {
      return;
    }
    if (raw.has("copy")) {
      problems.add(new ReadProblem(file, at + ".copy", "copy loops are not read; export the resources one by one"));
      return;
    }
    String type = resolved.path("type").asText();
    String name = resolved.path("name").asText();
    if (parent.isPresent() && !type.contains(".")) {
      type = parent.get().type() + "/" + type;
      name = parent.get().name() + "/" + name;
    }
    if (type.isEmpty() || name.isEmpty()) {
      problems.add(new ReadProblem(file, at, "a resource needs \"type\" and \"name\""));
      return;
    }
    String apiVersion = resolved.path("apiVersion").asText();
    if (type.equalsIgnoreCase(ExportReadResult.HUB_TYPE) && !HubApiVersions.isKnown(apiVersion)) {
      problems.add(new ReadProblem(file, at + ".apiVersion", "apiVersion '" + apiVersion + "' of "
          + ExportReadResult.HUB_TYPE + " is not one Azure's REST specification defines; the newest stable one is "
          + HubApiVersions.newestStable()));
      return;
    }
    ResourceScope own = new ResourceScope(text(resolved, "subscriptionId"), text(resolved, "resourceGroup")).within(scope);
    if (type.equalsIgnoreCase(DEPLOYMENTS) && raw.path("properties").path("template").isObject()) {
      readNested(raw, resolved, evaluator, parameters, own, at);
      return;
    }
    ResourceNormalizer normalizer = new ResourceNormalizer(type, ExportDialect.ARM_TEMPLATE,
        text -> unsetSecret(text, parameters));
    ObjectNode body = normalizer.normalize(resolved);
    ExportedResource resource = new ExportedResource(type, name, own, Optional.of(apiVersion), body,
        normalizer.secrets(), at);
    resources.add(resource);
    JsonNode children = raw.path("resources");
    for (int i = 0; i < children.size(); i++) {
      readResource(children.get(i), evaluator, parameters, own, at + ".resources[" + i + "]", Optional.of(resource));
    }
  }

  /**
   * A nested deployment: with inner scope its template sees only the values passed to it; with the
   * default outer scope its expressions are the parent's, so it is read with the parent's parameters.
   */
  private void readNested(JsonNode raw, JsonNode resolved, ExpressionEvaluator evaluator, TemplateParameters parameters,
      ResourceScope scope, String at) {
    boolean inner = resolved.path("properties").path("expressionEvaluationOptions").path("scope").asText().equalsIgnoreCase("inner");
    JsonNode template = raw.path("properties").path("template");
    String nestedAt = at + ".properties.template";
    if (inner) {
      ObjectNode values = JsonNodeFactory.instance.objectNode();
      resolved.path("properties").path("parameters").fields().forEachRemaining(field -> values.set(field.getKey(), field.getValue()));
      readTemplate(template, values, scope, nestedAt);
    } else {
      JsonNode list = template.path("resources");
      for (int i = 0; i < list.size(); i++) {
        readResource(list.get(i), evaluator, parameters, scope, nestedAt + ".resources[" + i + "]", Optional.empty());
      }
    }
  }

  private static Optional<String> unsetSecret(String text, TemplateParameters parameters) {
    Matcher reference = PARAMETER_ONLY.matcher(text);
    if (reference.matches()) {
      String name = reference.group(1).replace("''", "'");
      return parameters.isUnsetSecret(name) ? Optional.of(name) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The resource without what is read on its own: child resources and a nested deployment's template. */
  private static JsonNode withoutNestedParts(JsonNode raw) {
    ObjectNode own = raw.deepCopy();
    own.remove("resources");
    if (own.path("properties").isObject()) {
      ((ObjectNode) own.get("properties")).remove("template");
    }
    return own;
  }

  private static Optional<String> text(JsonNode resolved, String field) {
    JsonNode value = resolved.path(field);
    return value.isTextual() && !value.asText().isEmpty() && !ExpressionEvaluator.isExpression(value.asText())
        ? Optional.of(value.asText()) : Optional.empty();
  }
}
