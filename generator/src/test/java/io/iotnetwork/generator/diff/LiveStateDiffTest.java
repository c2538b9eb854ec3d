package io.iotnetwork.generator.diff;

import static io.iotnetwork.generator.diff.Edits.edit;
import static io.iotnetwork.generator.diff.Edits.object;
import static io.iotnetwork.generator.diff.Edits.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ResourceScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The change preview against live states written after Microsoft's documented shapes (the export
 * fixtures of the import goal, one per dialect: {@code az iot hub show}, an ARM GET, an
 * {@code az group export}), not against our own templates: the export against itself is no change,
 * and what the hub's full PUT would remove, open or leave alone is classified as against a build.
 */
class LiveStateDiffTest {
  private static final String HUB = ExportReadResult.HUB_TYPE;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"az-cli/contoso-routed-hub.json", "arm-get/contoso-filtered-hub.json", "template/group-export.json"})
  void anExportAgainstItselfIsNoChange(String fixture) {
    List<ExportedResource> live = read(fixture);

    assertThat(ChangeClassifier.classify(ResourceDiff.compare(live, live), BaselineKind.LIVE_STATE)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"az-cli/contoso-routed-hub.json", "arm-get/contoso-filtered-hub.json", "template/group-export.json"})
  void aTemplateWithoutTheHubsRoutesRemovesThem(String fixture) {
    List<ExportedResource> live = read(fixture);
    List<ExportedResource> proposed = edit(live, HUB, body -> ((ArrayNode) body.at("/properties/routing/routes")).removeAll());

    assertThat(ChangeClassifier.classify(ResourceDiff.compare(live, proposed), BaselineKind.LIVE_STATE)).isNotEmpty()
        .allSatisfy(change -> {
          assertThat(change.riskClass()).isEqualTo(RiskClass.DESTRUCTIVE);
          assertThat(change.classification().ruleId()).isEqualTo("hub-state-removed");
        });
  }

  @Test
  void openingAHubTheCliShowsWithPublicAccessDisabledOpensAccess() {
    List<ExportedResource> live = edit(read("az-cli/contoso-routed-hub.json"), HUB,
        body -> object(body, "/properties").put("publicNetworkAccess", "Disabled"));
    List<ExportedResource> proposed = edit(live, HUB, body -> object(body, "/properties").put("publicNetworkAccess", "Enabled"));

    assertThat(ChangeClassifier.classify(ResourceDiff.compare(live, proposed), BaselineKind.LIVE_STATE)).singleElement()
        .satisfies(change -> assertThat(change.classification().ruleId()).isEqualTo("public-network-access-enabled"));
  }

  @Test
  void aGroupExportsResourcesTheTemplateDoesNotHoldAreLeftAsTheyAre() {
    List<ExportedResource> live = read("template/group-export.json");
    List<ExportedResource> proposed = without(without(live, "Microsoft.ServiceBus/namespaces"), "Microsoft.Network/privateEndpoints");

    assertThat(ChangeClassifier.classify(ResourceDiff.compare(live, proposed), BaselineKind.LIVE_STATE)).hasSize(2)
        .allSatisfy(change -> {
          assertThat(change.riskClass()).isEqualTo(RiskClass.BENIGN);
          assertThat(change.classification().ruleId()).isEqualTo("resource-outside-template");
        });
  }

  private static List<ExportedResource> read(String fixture) {
    Path file = Path.of("src/test/resources/exports").resolve(fixture);
    Path parameters = file.resolveSibling(file.getFileName().toString().replace(".json", ".parameters.json"));
    ExportReadResult result = ExportReader.read(file, Files.exists(parameters) ? Optional.of(parameters) : Optional.empty(),
        ResourceScope.DEPLOYMENT);
    assertThat(result.problems()).isEmpty();
    return result.resources();
  }
}
