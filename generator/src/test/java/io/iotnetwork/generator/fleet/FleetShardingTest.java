package io.iotnetwork.generator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.generator.SharedCheckers;
import io.iotnetwork.generator.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 500-hub fleet (the plant-fleet sample's shape: four regions, a spoke network and a storage account
 * per region, shared DNS zones linked to a central DNS network, every hub with a private endpoint and
 * identity-based egress) comes out sharded: every template within every ARM limit, measured on the
 * output; every file accepted by both independent checkers; every reference across templates
 * resolved; the same bytes twice.
 */
class FleetShardingTest {
  private static final int HUBS = 500;
  private static final Path OUT = Path.of("target", "fleet-500");
  private static GenerationResult result;
  private static GeneratedFiles files;
  private static DeploymentTemplates templates;

  @BeforeAll
  static void generate() {
    result = Generator.generate(PlantFleetNetwork.fleet(HUBS));
    files = result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR)).isEmpty();
    templates = DeploymentTemplates.of(files);
  }

  @Test
  void everyTemplateIsWithinEveryArmLimit() throws Exception {
    TemplateLimitsAssert.assertWithinEveryLimit(files);
  }

  @Test
  void theTemplateIsWrittenOnOneLineBecauseIndentedItWouldExceedFourMegabytes() {
    assertThat(result.diagnostics().ofSeverity(Severity.INFO))
        .filteredOn(diagnostic -> diagnostic.ruleId().equals("template-limits"))
        .filteredOn(diagnostic -> diagnostic.message().contains("written without indentation")).singleElement()
        .satisfies(info -> assertThat(info.message()).contains("4 MB"));
    assertThat(files.text(GeneratedFiles.ARM_TEMPLATE).lines().count()).isEqualTo(1);
    assertThat(files.text("main.bicep").lines().count()).isGreaterThan(1000);
  }

  @Test
  void theBuildSaysHowTheFleetWasSharded() {
    assertThat(result.diagnostics().ofSeverity(Severity.INFO))
        .filteredOn(diagnostic -> diagnostic.message().startsWith("500 hubs do not fit one ARM template")).singleElement()
        .satisfies(info -> assertThat(info.message()).contains("as 16 hub-group deployments: ",
            "modules/hub-group-eastus-01.bicep (32 hubs)", "modules/hub-group-westeurope-04.bicep (29 hubs)"));
  }

  @Test
  void hubsAreShardedByRegionIntoGroupsAndSharedResourcesStayInTheMainTemplate() {
    List<DeploymentTemplates.Nested> groups = templates.modules("modules/hub-group-").stream()
        .filter(group -> !group.module().endsWith("-egress.bicep")).toList();
    int hubsInGroups = groups.stream()
        .mapToInt(group -> DeploymentTemplates.resources(group.template(), "Microsoft.Devices/IotHubs").size()).sum();

    assertThat(hubsInGroups).isEqualTo(HUBS);
    assertThat(DeploymentTemplates.resources(templates.main(), "Microsoft.Devices/IotHubs")).isEmpty();
    assertThat(DeploymentTemplates.resources(templates.main(), "Microsoft.Network/privateDnsZones")).hasSize(2);
    assertThat(groups).extracting(DeploymentTemplates.Nested::module).allMatch(module ->
        module.matches("modules/hub-group-(westeurope|northeurope|eastus|southeastasia)-\\d\\d\\.bicep"));
    for (DeploymentTemplates.Nested group : groups) {
      List<String> regions = DeploymentTemplates.resources(group.template(), "Microsoft.Devices/IotHubs").stream()
          .map(hub -> hub.path("location").asText()).distinct().toList();
      assertThat(regions).as("one region per group: %s", group.module()).hasSize(1);
    }
  }

  @Test
  void deploymentNamesAreDeterministicAndUniquePerResourceGroup() {
    List<String> names = templates.nested().stream().map(DeploymentTemplates.Nested::name).toList();

    assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.contains("uniqueString(resourceGroup().id, "
        + "'plant-fleet')") && !name.contains("utcNow"));
    assertThat(names.size()).as("history entries one deployment adds, far from 800").isLessThan(100);
  }

  @Test
  void everyReferenceAcrossTemplatesResolves() {
    CrossTemplateReferences references = CrossTemplateReferences.of(templates);

    assertThat(references.unresolved).isEmpty();
    assertThat(references.external).isEmpty();
    assertThat(references.resolved).isGreaterThan(HUBS * 4);
  }

  @Test
  void everyBicepModuleReadsOnlyInputsItsParentPasses() {
    String main = files.text("main.bicep");
    Map<String, String> moduleBodies = Arrays.stream(main.split("\nmodule ")).skip(1)
        .collect(Collectors.toMap(block -> block.substring(block.indexOf('\'') + 1, block.indexOf('\'', block.indexOf('\'') + 1)),
            block -> block));
    assertThat(moduleBodies).isNotEmpty();
    Pattern read = Pattern.compile("inputs\\.([A-Za-z0-9_]+)");
    moduleBodies.forEach((file, body) -> {
      String module = files.text(file);
      read.matcher(module).results().map(match -> match.group(1)).distinct().forEach(key ->
          assertThat(body).as("%s passes %s", file, key).containsPattern("\n      " + key + ": "));
    });
  }

  @Test
  void everyFilePassesBothIndependentCheckers() throws Exception {
    Path shared = SharedCheckers.assumeSharedDir("FleetShardingTest");
    OutputFolder.replace(OUT, files);
    List<Path> json;
    try (var listed = Files.list(OUT)) {
      json = listed.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }

    SharedCheckers.Run arm = SharedCheckers.armValidate(shared, json);
    SharedCheckers.Run bicep = SharedCheckers.bicepSyntax(shared, OUT);

    System.out.println(arm.output().lines().filter(line -> !line.startsWith("OK")).collect(Collectors.joining("\n")));
    System.out.println(bicep.output().lines().reduce((first, last) -> last).orElse(""));
    assertThat(arm.passed()).as(arm.output()).isTrue();
    assertThat(arm.output()).contains(json.size() + " valid, 0 invalid");
    long bicepFiles = files.files().keySet().stream().filter(path -> path.endsWith(".bicep")).count();
    assertThat(bicep.passed()).as(bicep.output()).isTrue();
    assertThat(bicep.output()).contains(bicepFiles + " clean, 0 with syntax errors");
  }

  @Test
  void sameDefinitionSameBytes() {
    GeneratedFiles again = Generator.generate(PlantFleetNetwork.fleet(HUBS)).files().orElseThrow();

    assertThat(again.files().keySet()).isEqualTo(files.files().keySet());
    files.files().forEach((path, bytes) -> assertThat(again.files().get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void theSharedSecondDeploymentOfAGroupComesAfterTheGroupAndItsRoleAssignments() {
    for (DeploymentTemplates.Nested egress : templates.modules("modules/hub-group-").stream()
        .filter(group -> group.module().endsWith("-egress.bicep")).toList()) {
      String group = egress.module().replace("-egress.bicep", ".bicep");
      DeploymentTemplates.Nested first = templates.modules(group).get(0);
      JsonNode dependsOn = egress.deployment().path("dependsOn");

      assertThat(dependsOn.toString()).contains(first.name().substring(1, first.name().length() - 1));
      assertThat(DeploymentTemplates.resources(first.template(), "Microsoft.Authorization/roleAssignments"))
          .hasSameSizeAs(DeploymentTemplates.resources(egress.template(), "Microsoft.Devices/IotHubs"));
    }
  }
}
