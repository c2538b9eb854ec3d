package io.iotnetwork.generator.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.ArmArguments;
import io.iotnetwork.generator.emit.arm.ArmStrings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves, from the ARM JSON alone, every {@code resourceId(..)} reference of a template with
 * nested deployments, and every module input a nested template reads. Names are compared in the
 * main template's terms: a nested template's {@code parameters('inputs').x} stands for the
 * expression its deployment passes as {@code x}. A reference resolves when the resource is deployed
 * by the same template, or by the main template (and the referencing nested deployment depends on
 * it), or, from the main template, by a nested deployment the referencing resource depends on.
 * References with a subscription or resource group argument point outside this deployment and are
 * not followed.
 */
public final class CrossTemplateReferences {
  private static final Pattern RESOURCE_ID = Pattern.compile("(?<![A-Za-z])resourceId\\(((?:[^()']|'(?:[^']|'')*'|\\((?:[^()']|'(?:[^']|'')*')*\\))*)\\)");
  private static final Pattern INPUT = Pattern.compile("parameters\\('inputs'\\)\\.([A-Za-z0-9_]+)");

  /** References that do not resolve, described. */
  public final List<String> unresolved = new ArrayList<>();
  final List<String> external = new ArrayList<>();
  /** The ids of {@link #external} references, without where they are made. */
  final Set<String> externalIds = new HashSet<>();
  int resolved;

  private final Map<String, Set<String>> deployedBy = new HashMap<>();

  private record Scope(String name, JsonNode template, Map<String, String> inputs, Set<String> dependsOn) {}

  /** Resolves every reference in {@code templates}. */
  public static CrossTemplateReferences of(DeploymentTemplates templates) {
    CrossTemplateReferences references = new CrossTemplateReferences();
    Scope main = new Scope("main", templates.main(), Map.of(), Set.of());
    List<Scope> scopes = new ArrayList<>();
    scopes.add(main);
    for (DeploymentTemplates.Nested nested : templates.nested()) {
      Map<String, String> inputs = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = nested.deployment().at("/properties/parameters/inputs/value").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        inputs.put(field.getKey(), unbracket(field.getValue().asText()));
      }
      Set<String> dependsOn = new HashSet<>();
      nested.deployment().path("dependsOn").forEach(d -> dependsOn.addAll(references.idsIn(main, d.asText())));
      scopes.add(new Scope(nested.name(), nested.template(), inputs, dependsOn));
    }
    for (Scope scope : scopes) {
      for (JsonNode resource : scope.template().path("resources")) {
        if (!resource.path("type").asText().equals(DeploymentTemplates.DEPLOYMENTS)) {
          references.deployedBy.computeIfAbsent(references.idOf(scope, resource), id -> new HashSet<>())
              .add(scope.name());
        }
      }
    }
    for (Scope scope : scopes) {
      for (JsonNode resource : scope.template().path("resources")) {
        references.check(scope, resource, main);
      }
    }
    return references;
  }

  /** The ids of every resource the templates deploy, in the terms references use. */
  Set<String> deployedIds() {
    return deployedBy.keySet();
  }

  private void check(Scope scope, JsonNode resource, Scope main) {
    Set<String> dependsOnDeployments = new HashSet<>();
    resource.path("dependsOn").forEach(d -> dependsOnDeployments.add(d.asText()));
    for (String text : expressions(resource)) {
      for (String id : idsIn(scope, text)) {
        Set<String> deployers = deployedBy.get(id);
        if (deployers == null) {
          external.add(scope.name() + ": " + id);
          externalIds.add(id);
        } else if (deployers.stream().anyMatch(where -> resolves(scope, main, id, where, dependsOnDeployments))) {
          resolved++;
        } else {
          unresolved.add(scope.name() + ": " + resource.path("name").asText() + " references " + id + ", deployed by "
              + deployers + ", without depending on it");
        }
      }
    }
    for (String text : expressions(resource)) {
      Matcher input = INPUT.matcher(text);
      while (input.find()) {
        if (!scope.inputs().containsKey(input.group(1))) {
          unresolved.add(scope.name() + ": input '" + input.group(1) + "' is not passed");
        }
      }
    }
  }

  /** True when {@code id}, deployed by template {@code where}, is deployed before {@code scope} reads it. */
  private static boolean resolves(Scope scope, Scope main, String id, String where, Set<String> dependsOnDeployments) {
    return where.equals(scope.name())
        || where.equals("main") && scope.dependsOn().contains(id)
        || scope == main && dependsOnDeployments.stream().anyMatch(d -> d.contains(deploymentNamePart(where)));
  }

  /** The part of a nested deployment's name expression that its dependsOn entries repeat. */
  private static String deploymentNamePart(String name) {
    return unbracket(name);
  }

  /** Every expression string of {@code resource}, not descending into a nested template. */
  private static List<String> expressions(JsonNode resource) {
    List<String> found = new ArrayList<>();
    collect(resource, found);
    return found;
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node.isTextual() && ArmStrings.isExpression(node.asText())) {
      found.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, found));
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("template") && !field.getKey().equals("dependsOn")) {
          collect(field.getValue(), found);
        }
      }
    }
  }

  /** The ids {@code text} references with {@code resourceId('type', names..)}, in main-template terms. */
  private List<String> idsIn(Scope scope, String text) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = RESOURCE_ID.matcher(text);
    while (matcher.find()) {
      List<String> arguments = splitArguments(matcher.group(1));
      if (!arguments.get(0).contains("/")) {
        continue;
      }
      StringBuilder id = new StringBuilder(literal(arguments.get(0)));
      for (String argument : arguments.subList(1, arguments.size())) {
        id.append('|').append(canonical(scope, argument));
      }
      ids.add(id.toString());
    }
    return ids;
  }

  /** The id of {@code resource} as deployed by {@code scope}: its type and name segments, canonical. */
  private String idOf(Scope scope, JsonNode resource) {
    String name = resource.path("name").asText();
    List<String> segments = new ArrayList<>();
    if (!name.startsWith("[")) {
      segments.addAll(List.of(name.split("/")).stream().map(segment -> "'" + segment + "'").toList());
    } else if (unbracket(name).startsWith("format(")) {
      List<String> arguments = splitArguments(unbracket(name).substring("format(".length(), unbracket(name).length() - 1));
      String[] pattern = literal(arguments.get(0)).split("/");
      for (String part : pattern) {
        segments.add(part.matches("\\{\\d+}") ? arguments.get(1 + Integer.parseInt(part.substring(1, part.length() - 1)))
            : "'" + part + "'");
      }
    } else {
      segments.add(unbracket(name));
    }
    StringBuilder id = new StringBuilder(resource.path("type").asText());
    segments.forEach(segment -> id.append('|').append(canonical(scope, segment)));
    return id.toString();
  }

  private static String canonical(Scope scope, String argument) {
    Matcher input = INPUT.matcher(argument);
    if (input.matches()) {
      return scope.inputs().getOrDefault(input.group(1), argument);
    }
    return argument;
  }

  private static String literal(String argument) {
    return argument.substring(1, argument.length() - 1).replace("''", "'");
  }

  private static String unbracket(String text) {
    return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
  }


  private static List<String> splitArguments(String text) {
    return ArmArguments.split(text);
  }
}
