package io.iotnetwork.generator.random;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.ArmDependsOnTest;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.HardcodedHosts;
import io.iotnetwork.generator.emit.arm.ArmStrings;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.bicep.BicepWriter;
import io.iotnetwork.generator.fleet.CrossTemplateReferences;
import io.iotnetwork.generator.fleet.DeploymentTemplates;
import io.iotnetwork.generator.plan.Dependencies;
import io.iotnetwork.generator.plan.Deployable;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.PlannedModule;
import io.iotnetwork.generator.plan.PlannedResource;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.verify.ArmSchemaCheck;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the output of every valid definition must satisfy, beyond the absence of errors. */
final class OutputChecks {
  private static final List<String> SECRET_MARKERS = List.of("AccountKey=", "SharedAccessKey=",
      "SharedAccessKeyName=", "SharedAccessSignature=", "sig=");
  private static final Pattern BICEP_SECURE_PARAMETER =
      Pattern.compile("@secure\\(\\)\\n(?:@\\w+\\(.*\\)\\n)*param (\\w+) (.*)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputChecks() {}

  /**
   * Every dependency of every resource and module (in the plan and in its modules' own plans) is
   * planned in the same template and created by it, never itself, and following them never leads back.
   */
  static void dependenciesResolveWithoutCycles(Plan plan) {
    Set<Deployable> planned = new HashSet<>(plan.resources());
    planned.addAll(plan.modules());
    for (Deployable deployable : planned) {
      for (Deployable dependency : Dependencies.of(deployable)) {
        assertThat(planned).as("dependency not planned in its template: %s -> %s", deployable, dependency)
            .contains(dependency);
        assertThat(dependency).as("dependency on itself: %s", deployable).isNotEqualTo(deployable);
        assertThat(dependency instanceof PlannedResource resource && resource.existing())
            .as("dependency on an existing resource: %s -> %s", deployable, dependency).isFalse();
      }
    }
    Map<Deployable, Boolean> finished = new HashMap<>();
    planned.forEach(deployable -> visit(deployable, finished, new ArrayList<>()));
    plan.modules().stream().map(PlannedModule::inner).forEach(OutputChecks::dependenciesResolveWithoutCycles);
  }

  private static void visit(Deployable deployable, Map<Deployable, Boolean> finished, List<Deployable> path) {
    if (Boolean.TRUE.equals(finished.get(deployable))) {
      return;
    }
    assertThat(path).as("dependency cycle: %s -> %s", path, deployable).doesNotContain(deployable);
    path.add(deployable);
    Dependencies.of(deployable).forEach(next -> visit(next, finished, path));
    path.remove(path.size() - 1);
    finished.put(deployable, true);
  }

  /**
   * No file holds a secret-looking literal. Each key-based use of {@code spec} is one secure
   * parameter of the main template; secure parameters (there and in nested templates and Bicep
   * files) have no default, and no parameters file gives them a value.
   */
  /**
   * The definition sharded into groups of {@code hubsPerGroup} hubs, small as it is: the schemas
   * pass, every reference across templates resolves, every dependency is local, and the Bicep prints.
   */
  static void shardsCleanly(IotNetworkSpec spec, int hubsPerGroup) {
    Plan plan = Planner.planSharded(spec, hubsPerGroup);
    ObjectNode template = ArmWriter.template(plan);
    assertThat(ArmSchemaCheck.standard().check(template, ArmWriter.parametersFile(plan)))
        .as("schema violations of '%s' sharded", spec.id()).isEmpty();
    assertThat(CrossTemplateReferences.of(DeploymentTemplates.of(template)).unresolved)
        .as("unresolved references of '%s' sharded", spec.id()).isEmpty();
    ArmDependsOnTest.assertDependenciesAreLocal(template, spec.id() + " sharded");
    Set<String> secure = secureParameters(template);
    for (DeploymentTemplates.Nested nested : DeploymentTemplates.of(template).nested()) {
      String inputs = nested.deployment().at("/properties/parameters/inputs").toString();
      secure.forEach(name -> assertThat(inputs).as("secure parameter %s passed as a plain input of %s in '%s' sharded",
          name, nested.module(), spec.id()).doesNotContain("parameters('" + name + "')"));
    }
    assertThat(BicepWriter.files(plan)).as("Bicep of '%s' sharded", spec.id()).containsKey(BicepWriter.MAIN);
    dependenciesResolveWithoutCycles(plan);
  }

  static void secretsOnlyAsSecureParameters(IotNetworkSpec spec, GeneratedFiles files) {
    files.files().keySet().forEach(path -> SECRET_MARKERS.forEach(marker ->
        assertThat(files.text(path)).as("secret-looking literal: %s", path).doesNotContain(marker)));
    JsonNode template = json(files.text(GeneratedFiles.ARM_TEMPLATE));
    Set<String> secure = secureParameters(template);
    assertThat(secure).as("secure parameters unlike the key-based uses: %s of '%s'", GeneratedFiles.ARM_TEMPLATE, spec.id()).hasSize(keyBasedUses(spec));
    JsonNode values = json(files.text(GeneratedFiles.ARM_PARAMETERS)).path("parameters");
    secure.forEach(name -> assertThat(values.has(name)).as("value for a secure parameter: %s in %s", name,
        GeneratedFiles.ARM_PARAMETERS).isFalse());
    secure.forEach(name -> assertThat(files.text(GeneratedFiles.BICEP_PARAMETERS))
        .as("value for a secure parameter: %s in %s", name, GeneratedFiles.BICEP_PARAMETERS).doesNotContain("param " + name + " "));
    files.files().keySet().stream().filter(path -> path.endsWith(".bicep")).forEach(path -> {
      Matcher parameter = BICEP_SECURE_PARAMETER.matcher(files.text(path));
      while (parameter.find()) {
        assertThat(parameter.group(2)).as("default for a secure parameter: %s in %s", parameter.group(1), path).doesNotContain("=");
      }
    });
  }

  /** The secure parameters of {@code template}; checks that they, and those of nested templates, have no default. */
  private static Set<String> secureParameters(JsonNode template) {
    Set<String> secure = new HashSet<>();
    template.path("parameters").properties().forEach(parameter -> {
      if (parameter.getValue().path("type").asText().toLowerCase(Locale.ROOT).startsWith("secure")) {
        assertThat(parameter.getValue().has("defaultValue")).as("default for a secure parameter: %s",
            parameter.getKey()).isFalse();
        secure.add(parameter.getKey());
      }
    });
    nestedTemplates(template).forEach(OutputChecks::secureParameters);
    return secure;
  }

  private static int keyBasedUses(IotNetworkSpec spec) {
    return spec.iotHubs().stream().mapToInt(hub -> (int) (hub.egress().endpoints().stream()
            .filter(endpoint -> endpoint.authentication().keyBased()).count()
        + hub.egress().fileUpload().stream().filter(upload -> upload.authentication().keyBased()).count()
        + 2 * hub.settings().cosmosDbContainers().stream()
            .filter(endpoint -> endpoint.authentication().keyBased()).count())).sum();
  }

  /**
   * No template spells out a cloud host Bicep's linter and ARM TTK flag ({@link HardcodedHosts}),
   * except where the definition itself gave it: an extra FQDN of the outbound restriction.
   */
  static void noHardcodedCloudHosts(IotNetworkSpec spec, GeneratedFiles files) {
    List<String> extraFqdns = spec.iotHubs().stream().flatMap(hub -> hub.egress().outbound().stream())
        .flatMap(outbound -> outbound.extraAllowedFqdns().stream()).toList();
    assertThat(HardcodedHosts.inTemplates(files, extraFqdns)).as("disallowed hosts in the templates of '%s'", spec.id())
        .isEmpty();
  }

  /** No template, main or nested, declares one resource (type and name) twice. */
  static void noResourceDeclaredTwice(GeneratedFiles files) {
    noResourceDeclaredTwice(json(files.text(GeneratedFiles.ARM_TEMPLATE)), "the main template");
  }

  private static void noResourceDeclaredTwice(JsonNode template, String where) {
    Set<String> declared = new HashSet<>();
    template.path("resources").forEach(resource -> {
      String type = resource.path("type").asText();
      String name = resource.path("name").asText();
      // Azure compares names ignoring case; an expression's text is compared as written (uniqueString is not)
      String key = type.toLowerCase(Locale.ROOT) + " " + (ArmStrings.isExpression(name) ? name : name.toLowerCase(Locale.ROOT));
      assertThat(declared.add(key)).as("resource declared twice in one template: %s %s in %s", type, name, where).isTrue();
    });
    nestedTemplates(template).forEach(nested -> noResourceDeclaredTwice(nested, "a nested template of " + where));
  }

  private static List<JsonNode> nestedTemplates(JsonNode template) {
    List<JsonNode> nested = new ArrayList<>();
    template.path("resources").forEach(resource -> {
      if (resource.path("properties").path("template").isObject()) {
        nested.add(resource.path("properties").path("template"));
      }
    });
    return nested;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
