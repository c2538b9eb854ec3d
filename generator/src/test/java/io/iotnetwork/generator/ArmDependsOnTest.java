package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ARM {@code dependsOn} entry names a resource the same template deploys, re-derived from the
 * JSON alone (type, name, scope, target resource group), not from the plan: a dependency on an
 * existing resource, or a wrongly built id, fails the deployment, and the schema checkers cannot see it.
 */
public class ArmDependsOnTest {

  static List<String> scenarios() {
    return Scenarios.names().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyDependencyIsDeployedByTheSameTemplate(String scenario) throws IOException {
    JsonNode template = new ObjectMapper().readTree(Scenarios.files(scenario).text(GeneratedFiles.ARM_TEMPLATE));

    assertDependenciesAreLocal(template, "azuredeploy.json");
  }

  /**
   * Checks {@code template} and, recursively, every nested template: every dependency is deployed by
   * the same template, and a child whose parent the same template deploys depends on it.
   */
  public static void assertDependenciesAreLocal(JsonNode template, String where) {
    Set<String> ids = new HashSet<>();
    template.path("resources").forEach(resource -> ids.add(idOf(resource)));
    for (JsonNode resource : template.path("resources")) {
      Set<String> dependencies = new HashSet<>();
      for (JsonNode dependency : resource.path("dependsOn")) {
        assertThat(ids).as("%s: %s depends on %s", where, resource.path("name").asText(), dependency.asText())
            .contains(unbracket(dependency.asText()));
        dependencies.add(unbracket(dependency.asText()));
      }
      parentId(resource).filter(ids::contains).ifPresent(parent -> assertThat(dependencies)
          .as("%s: child %s of %s, deployed by the same template", where, resource.path("name").asText(), parent)
          .contains(parent));
      JsonNode nested = resource.at("/properties/template");
      if (nested.isObject()) {
        assertDependenciesAreLocal(nested, where + " > " + resource.path("name").asText());
      }
    }
  }

  /** For a child resource (not an extension resource) with a literal name, its parent's id. */
  private static Optional<String> parentId(JsonNode resource) {
    String[] type = resource.path("type").asText().split("/");
    String name = resource.path("name").asText();
    if (type.length < 3 || resource.has("scope") || name.startsWith("[")) {
      return Optional.empty();
    }
    List<String> names = nameSegments(name);
    List<String> arguments = new ArrayList<>();
    arguments.add(quote(String.join("/", List.of(type).subList(0, type.length - 1))));
    arguments.addAll(names.subList(0, names.size() - 1));
    return Optional.of("resourceId(" + String.join(", ", arguments) + ")");
  }

  /** The id expression ARM resolves for {@code resource}, as a dependency would write it. */
  private static String idOf(JsonNode resource) {
    String type = resource.path("type").asText();
    List<String> names = nameSegments(resource.path("name").asText());
    if (resource.has("scope")) {
      return "extensionResourceId(" + scopeId(resource.path("scope").asText()) + ", " + quote(type) + ", "
          + String.join(", ", names) + ")";
    }
    List<String> arguments = new ArrayList<>();
    if (resource.has("subscriptionId")) {
      arguments.add(quote(resource.path("subscriptionId").asText()));
    }
    if (resource.has("resourceGroup")) {
      arguments.add(quote(resource.path("resourceGroup").asText()));
    }
    arguments.add(quote(type));
    arguments.addAll(names);
    return "resourceId(" + String.join(", ", arguments) + ")";
  }

  /** {@code a/b} gives {@code 'a', 'b'}; {@code [format('{0}/{1}', x, y)]} gives {@code x, y}; an expression itself. */
  private static List<String> nameSegments(String name) {
    if (!name.startsWith("[")) {
      return List.of(name.split("/")).stream().map(ArmDependsOnTest::quote).toList();
    }
    String expression = unbracket(name);
    List<String> arguments = arguments(expression);
    if (expression.startsWith("format(") && arguments.get(0).matches("'\\{0\\}(/\\{\\d+\\})+'")) {
      return arguments.subList(1, arguments.size());
    }
    return List.of(expression);
  }

  /** The relative scope {@code format('Microsoft.X/a/{0}/b/{1}', n0, n1)} as {@code resourceId('Microsoft.X/a/b', n0, n1)}. */
  private static String scopeId(String scope) {
    List<String> arguments = arguments(unbracket(scope));
    String[] pattern = arguments.get(0).replace("'", "").split("/");
    StringBuilder type = new StringBuilder(pattern[0]);
    for (int i = 1; i < pattern.length; i += 2) {
      type.append('/').append(pattern[i]);
    }
    List<String> parts = new ArrayList<>(List.of(quote(type.toString())));
    parts.addAll(arguments.subList(1, arguments.size()));
    return "resourceId(" + String.join(", ", parts) + ")";
  }

  /** The top-level arguments of {@code f(a, g(b, c), 'd,e')}. */
  private static List<String> arguments(String call) {
    return ArmArguments.of(call);
  }


  private static String unbracket(String expression) {
    return expression.substring(1, expression.length() - 1);
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
