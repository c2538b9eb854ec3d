package io.iotnetwork.generator.arm.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.fleet.DeploymentTemplates;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own templates, one template or sharded into hub groups, read back as the resources they deploy. */
class OwnOutputReadTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.iotnetwork.generator.Definitions#scenariosAndAShardedFleet")
  void everyResourceIsReadOnceWithItsNameResolvedAndNoDeploymentLeft(String name, IotNetworkSpec spec) throws IOException {
    GeneratedFiles files = Generator.generate(spec).files().orElseThrow();
    JsonNode template = JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
    JsonNode parameters = JSON.readTree(files.text(GeneratedFiles.ARM_PARAMETERS)).path("parameters");

    ExportReadResult result = ExportReader.read(GeneratedFiles.ARM_TEMPLATE, template, parameters, ResourceScope.DEPLOYMENT);

    assertThat(result.problems()).isEmpty();
    assertThat(result.resources()).noneMatch(resource -> resource.isA("Microsoft.Resources/deployments"));
    assertThat(result.hubs()).extracting(ExportedResource::name)
        .as("the hubs the template deploys; an existing hub is only referenced")
        .containsExactlyInAnyOrderElementsOf(spec.iotHubs().stream().filter(hub -> !hub.isExisting()).map(IotHubSpec::name).toList());
    assertThat(result.resources()).allSatisfy(resource -> assertThat(resource.name()).as(resource.source())
        .doesNotContain("parameters(").doesNotContain("variables("));
    assertThat(result.resources()).filteredOn(resource -> !resource.isA("Microsoft.Authorization/roleAssignments"))
        .allSatisfy(resource -> assertThat(ExpressionEvaluator.isExpression(resource.name()))
            .as("only role assignments have names a deployment computes (guid): " + resource.source()).isFalse());
    Set<String> keys = new HashSet<>();
    assertThat(result.resources()).allSatisfy(resource -> assertThat(keys.add(resource.key())).isTrue());
    assertThat(result.resources()).hasSize(distinctDeployedResources(template, result));
  }

  /** Resources in the tree other than deployments, a hub deployed twice (two-step path) counted once. */
  private static int distinctDeployedResources(JsonNode template, ExportReadResult result) {
    List<JsonNode> all = DeploymentTemplates.of(template).all().stream()
        .flatMap(nested -> stream(nested.path("resources")))
        .filter(resource -> !resource.path("type").asText().equals("Microsoft.Resources/deployments"))
        .toList();
    long hubs = all.stream().filter(resource -> resource.path("type").asText().equals(ExportReadResult.HUB_TYPE)).count();
    return all.size() - (int) hubs + result.hubs().size();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
