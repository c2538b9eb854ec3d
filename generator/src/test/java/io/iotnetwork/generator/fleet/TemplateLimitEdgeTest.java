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
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The edge of ARM's 800 resources per template: a definition of exactly 800 resources stays one
 * template; one of 801 is sharded, every template within the limit. And what sharding cannot fix is
 * an error, with nothing written.
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
  void aFleetTooLargeForOneDeploymentIsAnErrorAndNothingIsWritten() {
    GenerationResult result = Generator.generate(PlantFleetNetwork.fleet(1_000));

    assertThat(result.files()).isEmpty();
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR)).singleElement().satisfies(error -> {
      assertThat(error.ruleId()).isEqualTo("template-limits");
      assertThat(error.path()).isEqualTo("network[plant-fleet]");
      assertThat(error.message()).contains("azuredeploy.json is ", "at most 4 MB");
      assertThat(error.hint()).contains("one per region", "PrivateDns.existingZonesLinkedTo(..)");
    });
    assertThat(result.diagnostics().all()).extracting(Diagnostic::ruleId).contains("template-limits");
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
