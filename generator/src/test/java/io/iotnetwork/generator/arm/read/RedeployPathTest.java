package io.iotnetwork.generator.arm.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.plan.DeploymentPath;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12.25: the two-step path's first put of a hub (without its identity-based endpoints and routes)
 * runs on a first deployment only. Our written ARM template is read the way ARM deploys it, every put
 * in order, conditions evaluated with the parameters a deployment passes: with {@code existingIotHubs}
 * empty (a plain {@code az deployment group create}) each such hub is put twice, the first time without
 * its routes; with the hub named (a re-deployment), it is put once, complete, so its routes never leave.
 */
class RedeployPathTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.iotnetwork.generator.Definitions#scenariosAndAShardedFleet")
  void aFirstDeploymentPutsATwoStepHubTwiceAndARedeploymentOnceComplete(String name, IotNetworkSpec spec)
      throws IOException {
    GeneratedFiles files = Generator.generate(spec).files().orElseThrow();
    JsonNode template = JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
    ObjectNode parameters = (ObjectNode) JSON.readTree(files.text(GeneratedFiles.ARM_PARAMETERS)).path("parameters");
    List<IotHubSpec> twice = spec.iotHubs().stream().filter(DeploymentPath::putsHubTwice).toList();
    List<IotHubSpec> once = spec.iotHubs().stream()
        .filter(hub -> !hub.isExisting() && !DeploymentPath.putsHubTwice(hub)).toList();

    assertThat(parameters.has(DeploymentPath.EXISTING_HUBS))
        .as("the parameter is written exactly when a hub takes the two-step path").isEqualTo(!twice.isEmpty());
    if (twice.isEmpty()) {
      return;
    }
    assertThat(parameters.path(DeploymentPath.EXISTING_HUBS).path("value")).as("empty by default").isEmpty();

    List<ExportedResource> first = puts(template, parameters, List.of());
    for (IotHubSpec hub : twice) {
      List<ExportedResource> hubPuts = putsOf(first, hub);
      assertThat(hubPuts).as("first deployment of %s: step (1), then step (3)", hub.name()).hasSize(2);
      ExportedResource step1 = hubPuts.get(0);
      ExportedResource step3 = hubPuts.get(1);
      assertThat(routes(step3)).as("step (3) is complete").hasSize(hub.egress().routes().size())
          .containsAll(routes(step1));
      assertThat(step1.body()).as("step (1) leaves the identity-based endpoints out").isNotEqualTo(step3.body());
    }

    List<String> all = spec.iotHubs().stream().filter(hub -> !hub.isExisting()).map(IotHubSpec::name).toList();
    List<ExportedResource> redeploy = puts(template, parameters, all);
    for (IotHubSpec hub : twice) {
      List<ExportedResource> hubPuts = putsOf(redeploy, hub);
      assertThat(hubPuts).as("re-deployment of %s: one put", hub.name()).hasSize(1);
      assertThat(routes(hubPuts.get(0))).as("the one put holds every route").hasSize(hub.egress().routes().size());
      assertThat(hubPuts.get(0).body()).isEqualTo(putsOf(first, hub).get(1).body());
    }
    for (IotHubSpec hub : once) {
      assertThat(putsOf(redeploy, hub)).as("%s is put once either way", hub.name()).hasSize(1)
          .isEqualTo(putsOf(first, hub));
    }
    assertThat(others(redeploy)).as("everything else deploys either way").isEqualTo(others(first));

    IotHubSpec named = twice.get(0);
    List<ExportedResource> mixed = puts(template, parameters, List.of(named.name()));
    assertThat(putsOf(mixed, named)).hasSize(1);
    twice.stream().skip(1).forEach(hub -> assertThat(putsOf(mixed, hub)).as("%s is not named", hub.name()).hasSize(2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.iotnetwork.generator.Definitions#scenariosAndAShardedFleet")
  void roleAssignmentsReadTheHubsIdentityByResourceIdSoASkippedPutStillResolves(String name, IotNetworkSpec spec)
      throws IOException {
    String template = Generator.generate(spec).files().orElseThrow().text(GeneratedFiles.ARM_TEMPLATE);
    assertThat(template).as("no symbolic reference('name'), which fails for a resource a condition skipped")
        .doesNotContain("reference('");
  }

  /** Every put ARM would run, in template order, with {@code existingIotHubs} set to {@code existing}. */
  private static List<ExportedResource> puts(JsonNode template, ObjectNode parameters, List<String> existing) {
    ObjectNode values = parameters.deepCopy();
    ArrayNode names = values.putObject(DeploymentPath.EXISTING_HUBS).putArray("value");
    existing.forEach(names::add);
    List<ReadProblem> problems = new ArrayList<>();
    List<ExportedResource> puts = new TemplateResources(GeneratedFiles.ARM_TEMPLATE, values, problems)
        .read(template, ResourceScope.DEPLOYMENT);
    assertThat(problems).isEmpty();
    return puts;
  }

  private static List<ExportedResource> putsOf(List<ExportedResource> puts, IotHubSpec hub) {
    return puts.stream().filter(put -> put.isA(ExportReadResult.HUB_TYPE) && put.name().equalsIgnoreCase(hub.name()))
        .toList();
  }

  private static List<ExportedResource> others(List<ExportedResource> puts) {
    return puts.stream().filter(put -> !put.isA(ExportReadResult.HUB_TYPE)).toList();
  }

  private static Set<String> routes(ExportedResource hub) {
    List<String> names = new ArrayList<>();
    hub.body().path("properties").path("routing").path("routes")
        .forEach(route -> names.add(route.path("name").asText().toLowerCase(Locale.ROOT)));
    return names.stream().collect(Collectors.toSet());
  }
}
