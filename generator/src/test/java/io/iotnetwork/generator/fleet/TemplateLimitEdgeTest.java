package io.iotnetwork.generator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.contoso.iot.PlantFleetNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.dsl.Fleet;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The edge of ARM's 800 resources per template: a definition of exactly 800 resources stays one
 * template; one of 801 is sharded, every template within the limit. And what one deployment cannot
 * hold is written as several (stages), not refused.
 */
class TemplateLimitEdgeTest {

  @Test
  void eightHundredResourcesStayOneTemplate() throws Exception {
    GeneratedFiles files = generate(31, 382);
    DeploymentTemplates templates = DeploymentTemplates.of(files);

    assertThat(templates.main().path("resources").size()).isEqualTo(800);
    assertThat(templates.nested()).isEmpty();
    assertThat(files.files().keySet()).noneMatch(path -> path.startsWith("modules/"));
    TemplateLimitsAssert.assertWithinEveryLimit(files);
  }

  @Test
  void eightHundredAndOneResourcesAreSharded() throws Exception {
    GeneratedFiles files = generate(30, 383);
    DeploymentTemplates templates = DeploymentTemplates.of(files);
    int deployed = templates.all().stream().mapToInt(template -> (int) countNonDeployments(template)).sum();

    assertThat(deployed).isEqualTo(801);
    assertThat(templates.modules("modules/hub-group-westeurope-")).hasSizeGreaterThan(1);
    TemplateLimitsAssert.assertWithinEveryLimit(files);
    assertThat(CrossTemplateReferences.of(templates).unresolved).isEmpty();
  }

  @Test
  void aFleetTooLargeForOneDeploymentIsWrittenAsStagesNotRefused() {
    GenerationResult result = Generator.templates(PlantFleetNetwork.fleet(1_000));
    GeneratedFiles files = result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));

    assertThat(result.diagnostics().ofSeverity(Severity.ERROR)).isEmpty();
    assertThat(files.files()).doesNotContainKeys(GeneratedFiles.ARM_TEMPLATE, GeneratedFiles.BICEP);
    assertThat(files.staged()).isTrue();
    assertThat(files.stages()).first().isEqualTo("stages/00-foundation");
    assertThat(result.diagnostics().ofSeverity(Severity.INFO))
        .filteredOn(diagnostic -> diagnostic.message().startsWith("1000 hubs do not fit one ARM deployment"))
        .singleElement().satisfies(info -> {
          assertThat(info.ruleId()).isEqualTo("template-limits");
          assertThat(info.path()).isEqualTo("network[plant-fleet]");
          assertThat(info.message()).contains("azuredeploy.json is ", "at most 4 MB", "00-foundation (");
          assertThat(info.hint()).contains("bash deploy.sh <resource group>");
        });
  }

  /**
   * {@code hubs} hubs with {@code endpoints} private endpoints between them, all in one declared
   * subnet, with the default new DNS zones: 5 shared resources (network, two zones, two links), one
   * per hub, two per endpoint (the endpoint and its zone group).
   */
  private static GeneratedFiles generate(int hubs, int endpoints) {
    VirtualNetworkSpec network = VirtualNetwork.define("vnet-edge").withAddressSpace("10.20.0.0/16")
        .withSubnet("snet-private-endpoints", "10.20.0.0/22").build();
    IotNetworkSpec spec = IotNetwork.define("limit-edge").inRegion(Region.EUROPE_WEST)
        .withFleet(Fleet.of("edge", IntStream.range(0, hubs).boxed().toList())
            .namedBy(row -> "hub-edge-" + row)
            .eachHub((member, hub) -> {
              IotHubStages.WithOptions configured = hub.withSku(IotHubSku.S1, 1);
              int own = endpoints / hubs + (member.index() < endpoints % hubs ? 1 : 0);
              for (int i = 0; i < own; i++) {
                configured = configured.definePrivateEndpoint(member.name("pe" + i))
                    .inSubnet(network.subnet("snet-private-endpoints")).attach();
              }
              return configured;
            }))
        .build();
    GenerationResult result = Generator.generate(spec);
    return result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
  }

  private static long countNonDeployments(JsonNode template) {
    return template.path("resources").size() - DeploymentTemplates.resources(template, DeploymentTemplates.DEPLOYMENTS)
        .size();
  }
}
