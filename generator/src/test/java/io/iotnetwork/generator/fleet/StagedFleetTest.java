package io.iotnetwork.generator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.generator.SharedCheckers;
import io.iotnetwork.generator.validate.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 2,000-hub fleet (the plant-fleet sample's shape) is more than one ARM deployment holds, so it is
 * written as stages: a foundation and batches of hub groups, each a complete top-level deployment.
 * Every written file is within every ARM limit, measured on its bytes; both independent checkers
 * accept every stage file; every reference a stage makes to a resource it does not deploy resolves to
 * one that a stage of an earlier step of {@code deploy.sh} deploys; the same definition gives the same
 * bytes; the plan deploys every stage once, in order, and stops at the first failure.
 */
class StagedFleetTest {
  private static final int HUBS = 2_000;
  private static final Path OUT = Path.of("target", "fleet-2000");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern STEP = Pattern.compile("step=\\(\\n((?:  \\S+ \\S+\\n)+)\\)");
  private static GenerationResult result;
  private static GeneratedFiles files;
  private static List<String> stages;
  private static CompletableFuture<SharedCheckers.Run> armValidate;
  /** Two halves of the Bicep files, checked at once: the grammar is slow on 2,000 hubs' worth of Bicep. */
  private static List<CompletableFuture<SharedCheckers.Run>> bicepSyntax;

  @BeforeAll
  static void generate() throws IOException {
    result = Generator.generate(PlantFleetNetwork.fleet(HUBS));
    files = result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
    stages = files.stages();
    OutputFolder.replace(OUT, files);
    Optional<Path> shared = SharedCheckers.sharedDir();
    if (shared.isPresent()) {
      List<Path> json = files.files().keySet().stream().filter(path -> path.endsWith(".json")).map(OUT::resolve).toList();
      armValidate = CompletableFuture.supplyAsync(() -> run(() -> SharedCheckers.armValidate(shared.get(), json)));
      List<Path> bicep = files.files().keySet().stream().filter(path -> path.endsWith(".bicep")).map(OUT::resolve)
          .toList();
      bicepSyntax = List.of(bicep.subList(0, bicep.size() / 2), bicep.subList(bicep.size() / 2, bicep.size())).stream()
          .map(half -> CompletableFuture.supplyAsync(() -> run(() -> SharedCheckers.bicepSyntax(shared.get(), half))))
          .toList();
    }
  }

  @Test
  void theFleetIsWrittenAsAFoundationAndBatchesOfHubGroupsInsteadOfOneTemplate() {
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR)).isEmpty();
    assertThat(files.files()).doesNotContainKeys(GeneratedFiles.ARM_TEMPLATE, GeneratedFiles.ARM_PARAMETERS,
        GeneratedFiles.BICEP, GeneratedFiles.BICEP_PARAMETERS).containsKeys(GeneratedFiles.DEPLOY_SCRIPT,
        GeneratedFiles.DEPLOY_GUIDE, GeneratedFiles.REPORT_HTML, GeneratedFiles.REPORT_MARKDOWN);
    assertThat(stages).first().isEqualTo("stages/00-foundation");
    assertThat(stages).hasSizeGreaterThan(2).allMatch(stage -> stage.matches("stages/\\d\\d-[a-z0-9-]+"));
    for (String stage : stages) {
      assertThat(files.files()).as(stage).containsKeys(stage + "/azuredeploy.json", stage + "/azuredeploy.parameters.json",
          stage + "/main.bicep", stage + "/main.bicepparam");
    }
    int hubs = 0;
    for (String stage : stages.subList(1, stages.size())) {
      List<JsonNode> deployed = deployedResources(template(stage));
      String region = stage.replaceFirst("stages/\\d\\d-([a-z]+)-.*", "$1");
      assertThat(DeploymentTemplates.of(template(stage)).nested()).as("one region per stage: %s", stage)
          .allMatch(group -> group.module().startsWith("modules/hub-group-" + region + "-"));
      hubs += (int) deployed.stream().filter(resource -> resource.path("type").asText().equals("Microsoft.Devices/IotHubs")
          && !resource.has("condition")).count();
    }
    assertThat(hubs).as("every hub's second, complete put").isEqualTo(HUBS);
    assertThat(deployedResources(template(stages.get(0)))).extracting(resource -> resource.path("type").asText())
        .contains("Microsoft.Network/privateDnsZones", "Microsoft.Network/virtualNetworks",
            "Microsoft.Storage/storageAccounts").doesNotContain("Microsoft.Devices/IotHubs");
    assertThat(result.diagnostics().ofSeverity(Severity.INFO))
        .filteredOn(diagnostic -> diagnostic.message().startsWith(HUBS + " hubs do not fit one ARM deployment"))
        .singleElement().satisfies(info -> assertThat(info.message()).contains(stages.size() + " top-level deployments",
            "00-foundation ("));
  }

  @Test
  void everyWrittenStageFileIsWithinEveryArmLimitAndNestsOneLevel() throws Exception {
    for (String stage : stages) {
      byte[] template = Files.readAllBytes(OUT.resolve(stage + "/azuredeploy.json"));
      byte[] parameters = Files.readAllBytes(OUT.resolve(stage + "/azuredeploy.parameters.json"));
      TemplateLimitsAssert.assertWithinEveryLimit(template, parameters);
      for (DeploymentTemplates.Nested nested : DeploymentTemplates.of(JSON.readTree(template)).nested()) {
        assertThat(DeploymentTemplates.resources(nested.template(), DeploymentTemplates.DEPLOYMENTS))
            .as("deployments nested in %s of %s", nested.module(), stage).isEmpty();
      }
    }
  }

  @Test
  void everyStageFilePassesBothIndependentCheckers() {
    SharedCheckers.assumeSharedDir("StagedFleetTest");
    SharedCheckers.Run arm = armValidate.join();
    List<SharedCheckers.Run> bicep = bicepSyntax.stream().map(CompletableFuture::join).toList();

    long json = files.files().keySet().stream().filter(path -> path.endsWith(".json")).count();
    long bicepFiles = files.files().keySet().stream().filter(path -> path.endsWith(".bicep")).count();
    assertThat(json).isEqualTo(2L * stages.size());
    assertThat(arm.passed()).as(arm.output()).isTrue();
    assertThat(arm.output()).contains(json + " valid, 0 invalid");
    Pattern clean = Pattern.compile("(\\d+) clean, 0 with syntax errors");
    int checked = 0;
    for (SharedCheckers.Run half : bicep) {
      assertThat(half.passed()).as(half.output()).isTrue();
      Matcher count = clean.matcher(half.output());
      assertThat(count.find()).as(half.output()).isTrue();
      checked += Integer.parseInt(count.group(1));
    }
    assertThat(checked).isEqualTo(bicepFiles);
  }

  @Test
  void everyReferenceToAnotherStageResolvesToAResourceAStageOfAnEarlierStepDeploys() throws Exception {
    Map<String, Integer> stepOf = steps();
    Map<String, Set<String>> deployedBy = new HashMap<>();
    int crossStage = 0;
    for (String stage : stages) {
      CrossTemplateReferences references = CrossTemplateReferences.of(DeploymentTemplates.of(template(stage)));
      assertThat(references.unresolved).as(stage).isEmpty();
      for (String id : references.externalIds) {
        List<String> deployers = deployedBy.entrySet().stream().filter(entry -> entry.getValue().contains(id))
            .map(Map.Entry::getKey).toList();
        assertThat(deployers).as("%s refers to %s", stage, id).isNotEmpty()
            .allMatch(deployer -> stepOf.get(deployer) < stepOf.get(stage));
        crossStage++;
      }
      deployedBy.put(stage, new HashSet<>(references.deployedIds()));
    }
    assertThat(crossStage).as("references to the foundation").isGreaterThan(0);
  }

  @Test
  void theStagesReferToEachOtherOnlyByResourceIdNeverBySymbol() {
    for (String stage : stages) {
      String main = files.text(stage + "/main.bicep");
      assertThat(main).doesNotContain("../");
      assertThat(Pattern.compile("^module \\S+ '([^']+)'", Pattern.MULTILINE).matcher(main).results()
          .map(match -> stage + "/" + match.group(1)).toList()).allMatch(files.files()::containsKey);
    }
  }

  @Test
  void sameDefinitionSameBytes() {
    GeneratedFiles again = Generator.templates(PlantFleetNetwork.fleet(HUBS)).files().orElseThrow();
    GeneratedFiles deployment = files.filter(path -> !path.startsWith("report."));

    assertThat(again.files().keySet()).isEqualTo(deployment.files().keySet());
    deployment.files().forEach((path, bytes) -> assertThat(again.files().get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void theReportsListEveryStageWithItsFileSizeAndResourceCount() throws Exception {
    String markdown = files.text(GeneratedFiles.REPORT_MARKDOWN);
    String html = files.text(GeneratedFiles.REPORT_HTML);
    String guide = files.text(GeneratedFiles.DEPLOY_GUIDE);

    assertThat(markdown).contains("## Deployment stages");
    assertThat(html).contains("<h2>Deployment stages</h2>");
    for (String stage : stages) {
      String file = stage + "/azuredeploy.json";
      String bytes = String.format(Locale.ROOT, "%,d", Files.size(OUT.resolve(file)));
      JsonNode template = template(stage);
      String row = "| `" + file + "` | " + bytes + " | " + template.path("resources").size() + " | "
          + deployedResources(template).size() + " |";
      assertThat(markdown).as("report.md row of %s", stage).contains(row);
      assertThat(guide).as("deploy.md row of %s", stage).contains(row);
      assertThat(html).contains("<td><code>" + file + "</code></td><td>" + bytes + "</td>");
    }
    System.out.println(markdown.lines().filter(line -> line.startsWith("| `")).filter(line -> line.contains("stages/"))
        .collect(Collectors.joining("\n")));
  }

  @Test
  void everyStageFileIsAttachableAndModulesOnlyThroughTheArchive() {
    Map<String, GeneratedFiles.Artifact> artifacts = files.artifacts();

    assertThat(artifacts.get(GeneratedFiles.DEPLOY_SCRIPT)).isEqualTo(new GeneratedFiles.Artifact("deploy", "sh"));
    assertThat(artifacts.get(GeneratedFiles.DEPLOY_GUIDE)).isEqualTo(new GeneratedFiles.Artifact("deploy", "md"));
    for (String stage : stages) {
      String name = stage.substring("stages/".length());
      assertThat(artifacts.get(stage + "/azuredeploy.json")).isEqualTo(new GeneratedFiles.Artifact(name, "json"));
      assertThat(artifacts.get(stage + "/azuredeploy.parameters.json"))
          .isEqualTo(new GeneratedFiles.Artifact(name, "parameters.json"));
      assertThat(artifacts.get(stage + "/main.bicep")).isEqualTo(new GeneratedFiles.Artifact(name, "bicep"));
      assertThat(artifacts.get(stage + "/main.bicepparam")).isEqualTo(new GeneratedFiles.Artifact(name, "bicepparam"));
    }
    assertThat(artifacts.keySet()).noneMatch(path -> path.contains("/modules/"));
    assertThat(artifacts.values().stream().map(artifact -> artifact.classifierSuffix() + ":" + artifact.type()))
        .doesNotHaveDuplicates();
  }

  @Test
  void deployShDeploysEveryStageOnceInOrderAndStopsAtTheFirstFailure() throws Exception {
    Path bin = Files.createDirectories(OUT.resolveSibling("fleet-2000-fake-az"));
    Path log = bin.resolve("calls.log");
    Path az = bin.resolve("az");
    Files.writeString(az, "#!/usr/bin/env bash\necho \"$*\" >> \"$AZ_LOG\"\n"
        + "case \"$*\" in *\"stages/$FAIL_STAGE/\"*) exit 1 ;; esac\n");
    az.toFile().setExecutable(true);
    String script = files.text(GeneratedFiles.DEPLOY_SCRIPT);
    assertThat(script).startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n");

    Files.deleteIfExists(log);
    Process all = deploy(bin, log, "none");
    assertThat(all.waitFor()).as(new String(all.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    List<String> calls = Files.readAllLines(log);
    assertThat(calls).hasSize(stages.size()).allMatch(call -> call.startsWith("deployment group create "
        + "--resource-group rg-fleet --name plant-fleet-"));
    assertThat(calls.get(0)).contains("stages/00-foundation/azuredeploy.json");
    for (String stage : stages) {
      assertThat(calls).as(stage).filteredOn(call -> call.contains(stage + "/azuredeploy.json")).hasSize(1);
    }

    Files.deleteIfExists(log);
    Process failing = deploy(bin, log, "00-foundation");
    assertThat(failing.waitFor()).isEqualTo(1);
    assertThat(new String(failing.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("stage 00-foundation failed");
    assertThat(Files.readAllLines(log)).singleElement().asString().contains("stages/00-foundation/");
  }

  @Test
  void aOneHubFleetIsOneTemplateAsBefore() {
    GeneratedFiles one = Generator.templates(PlantFleetNetwork.fleet(1)).files().orElseThrow();

    assertThat(one.staged()).isFalse();
    assertThat(one.stages()).isEmpty();
    assertThat(one.files().keySet()).contains(GeneratedFiles.ARM_TEMPLATE, GeneratedFiles.ARM_PARAMETERS,
        GeneratedFiles.BICEP, GeneratedFiles.BICEP_PARAMETERS)
        .noneMatch(path -> path.startsWith(GeneratedFiles.STAGES) || path.startsWith("deploy."));
  }

  private static Process deploy(Path bin, Path log, String failStage) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("bash", OUT.resolve(GeneratedFiles.DEPLOY_SCRIPT).toString(), "rg-fleet")
        .redirectErrorStream(true);
    builder.environment().put("PATH", bin.toAbsolutePath() + ":" + System.getenv("PATH"));
    builder.environment().put("AZ_LOG", log.toAbsolutePath().toString());
    builder.environment().put("FAIL_STAGE", failStage);
    return builder.start();
  }

  /** The step {@code deploy.sh} deploys each stage in, by stage folder. */
  private static Map<String, Integer> steps() {
    Map<String, Integer> steps = new HashMap<>();
    Matcher step = STEP.matcher(files.text(GeneratedFiles.DEPLOY_SCRIPT));
    int number = 0;
    while (step.find()) {
      number++;
      for (String line : step.group(1).strip().split("\n")) {
        steps.put("stages/" + line.strip().split(" ")[0], number);
      }
    }
    assertThat(steps.keySet()).containsExactlyInAnyOrderElementsOf(stages);
    return steps;
  }

  private static JsonNode template(String stage) {
    try {
      return JSON.readTree(files.files().get(stage + "/azuredeploy.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resources {@code template} and its nested templates deploy, nested deployments not counted. */
  private static List<JsonNode> deployedResources(JsonNode template) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode resource : template.path("resources")) {
      if (resource.path("type").asText().equals(DeploymentTemplates.DEPLOYMENTS)) {
        found.addAll(deployedResources(resource.at("/properties/template")));
      } else {
        found.add(resource);
      }
    }
    return found;
  }

  private interface Check {
    SharedCheckers.Run run() throws IOException, InterruptedException;
  }

  private static SharedCheckers.Run run(Check check) {
    try {
      return check.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
