package io.iotnetwork.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.emit.arm.ArmStrings;
import io.iotnetwork.generator.emit.arm.TemplateSize;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.PlannedModule;
import io.iotnetwork.generator.plan.ResourceType;
import io.iotnetwork.generator.plan.TemplateLimits;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Measures the written ARM documents against ARM's template limits ({@link TemplateLimits}): the
 * counts of every template, main and nested, each expression's length, each resource's size and the
 * files' sizes. The planner shards a large definition to stay within them; what still does not fit (a definition
 * whose shared part alone is too large, or one too large for a single deployment) is a
 * {@code template-limits} error, and nothing is written.
 */
public final class TemplateLimitCheck {
  /** The rule id. */
  public static final String RULE_ID = "template-limits";
  private static final String SPLIT_HINT = "Split the definition into several network definitions, e.g. one per "
      + "region (IotNetwork.define(..) once per region), and let the later ones share the first one's zones with "
      + "PrivateDns.existingZonesLinkedTo(..).";

  private final IotNetworkSpec spec;
  private final List<Diagnostic> found = new ArrayList<>();

  private TemplateLimitCheck(IotNetworkSpec spec) {
    this.spec = spec;
  }

  /**
   * Every limit {@code template}, written as {@code file} measures, and the parameters file of
   * {@code parametersBytes} break; and an {@code INFO} when the file is written on one line.
   */
  public static List<Diagnostic> check(IotNetworkSpec spec, JsonNode template, TemplateSize file, int parametersBytes) {
    return check(spec, template, file, parametersBytes, GeneratedFiles.ARM_TEMPLATE, GeneratedFiles.ARM_PARAMETERS);
  }

  /**
   * {@link #check(IotNetworkSpec, JsonNode, TemplateSize, int)} of the template at {@code templatePath} and the
   * parameters file at {@code parametersPath}, the paths the messages name (a stage's files, e.g.).
   */
  public static List<Diagnostic> check(IotNetworkSpec spec, JsonNode template, TemplateSize file, int parametersBytes,
      String templatePath, String parametersPath) {
    TemplateLimitCheck check = new TemplateLimitCheck(spec);
    if (!file.indented()) {
      check.found.add(Diagnostic.info(RULE_ID, spec.path(), spec.source(), String.format("%s is written without "
          + "indentation: indented it would exceed ARM's 4 MB template limit; on one line it is %,d bytes.",
          templatePath, file.bytes()), "Read main.bicep and its modules instead; they say the same."));
    }
    check.checkTemplate(template, templatePath);
    check.checkSizes(template, file, parametersBytes, templatePath, parametersPath);
    return check.found;
  }

  /**
   * The size limits alone that {@code template}, written as {@code file} measures, and the parameters file
   * of {@code parametersBytes} break: for a template the generator will not write because it is too large
   * even on one line. It writes stages instead, each checked in full with {@link #check}.
   */
  public static List<Diagnostic> sizes(IotNetworkSpec spec, JsonNode template, TemplateSize file, int parametersBytes) {
    TemplateLimitCheck check = new TemplateLimitCheck(spec);
    check.checkSizes(template, file, parametersBytes, GeneratedFiles.ARM_TEMPLATE, GeneratedFiles.ARM_PARAMETERS);
    return check.found;
  }

  private void checkSizes(JsonNode template, TemplateSize file, int parametersBytes, String templatePath,
      String parametersPath) {
    JsonNode resources = template.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode resource = resources.get(i);
      atMost(file.resourceSizes().get(i), TemplateLimits.RESOURCE_BYTES, () -> templatePath
          + ": resource '" + resource.path("name").asText() + "' is %,d bytes as written; ARM accepts at most "
          + "1 MB per resource definition, a nested deployment's template included (checked as %,d bytes).");
    }
    atMost(file.bytes(), TemplateLimits.TEMPLATE_BYTES, () -> templatePath + " is %,d bytes; ARM "
        + "accepts a template, nested templates included, of at most 4 MB (checked as %,d bytes).");
    atMost(parametersBytes, TemplateLimits.PARAMETERS_FILE_BYTES, () -> parametersPath
        + " is %,d bytes; ARM accepts a parameters file of at most 4 MB (checked as %,d bytes).");
  }

  /** An {@code INFO} that {@code plan} is sharded, and into which hub groups; empty when it is not. */
  public static List<Diagnostic> sharding(IotNetworkSpec spec, Plan plan) {
    List<PlannedModule> groups = plan.hubGroupDeployments();
    if (groups.isEmpty()) {
      return List.of();
    }
    String listed = groups.stream().map(group -> group.fileName() + " (" + group.inner().resources().stream()
        .filter(resource -> !resource.existing() && resource.type().equals(ResourceType.IOT_HUB)).count() + " hubs)")
        .collect(Collectors.joining(", "));
    return List.of(Diagnostic.info(RULE_ID, spec.path(), spec.source(), spec.iotHubs().size() + " hubs do not fit one "
        + "ARM template (800 resources, 256 parameters, 64 outputs), so they are deployed as " + groups.size()
        + " hub-group deployments: " + listed + ".", "Nothing to do: main.bicep deploys them all; each hub's outputs "
        + "are on its group's deployment."));
  }

  private void checkTemplate(JsonNode template, String where) {
    int resources = 0;
    for (JsonNode resource : template.path("resources")) {
      resources += resource.path("copy").path("count").asInt(1);
      JsonNode nested = resource.path("properties").path("template");
      if (nested.isObject()) {
        checkTemplate(nested, nested.path("metadata").path("module").asText(where));
      }
    }
    atMost(resources, TemplateLimits.RESOURCES, () -> where + " declares %d resources; ARM allows %d per template.");
    atMost(template.path("parameters").size(), TemplateLimits.PARAMETERS,
        () -> where + " declares %d parameters; ARM allows %d.");
    atMost(template.path("variables").size(), TemplateLimits.VARIABLES,
        () -> where + " declares %d variables; ARM allows %d.");
    atMost(template.path("outputs").size(), TemplateLimits.OUTPUTS,
        () -> where + " declares %d outputs; ARM allows %d.");
    checkExpressions(template, where);
  }

  /** Expressions of {@code node}, not descending into nested templates (checked on their own). */
  private void checkExpressions(JsonNode node, String where) {
    switch (node.getNodeType()) {
      case STRING -> {
        String text = node.textValue();
        if (text.length() - 2 > TemplateLimits.EXPRESSION_CHARACTERS && ArmStrings.isExpression(text)) {
          atMost(text.length() - 2, TemplateLimits.EXPRESSION_CHARACTERS,
              () -> where + ": an expression of %,d characters; ARM allows %,d.");
        }
      }
      case OBJECT -> {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (!field.getKey().equals("template")) {
            checkExpressions(field.getValue(), where);
          }
        }
      }
      case ARRAY -> {
        for (JsonNode item : node) {
          checkExpressions(item, where);
        }
      }
      default -> { }
    }
  }

  /** An error when {@code measured} is over {@code limit}; {@code pattern} (of both, in that order) is built only then. */
  private void atMost(int measured, int limit, Supplier<String> pattern) {
    if (measured > limit) {
      found.add(Diagnostic.error(RULE_ID, spec.path(), spec.source(), String.format(pattern.get(), measured, limit),
          SPLIT_HINT));
    }
  }
}
