package io.iotnetwork.generator.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.Fleet;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fleet DSL: rows, the naming scheme, row paths in diagnostics, and the parameters of a large fleet. */
class FleetDefinitionTest {
  record Site(String plant, String region) {}

  private static final List<Site> SITES = Fleet.product(List.of("weu", "neu"), List.of("Plant A", "plant-b"),
      (region, plant) -> new Site(plant, region));

  @Test
  void aFleetHasOneHubPerRowNamedByTheUsersScheme() {
    List<IotHubSpec> hubs = Fleet.of("plants", SITES)
        .namedBy(site -> Fleet.slug("iot", site.plant(), site.region()))
        .labelledBy(site -> site.plant() + "/" + site.region())
        .eachHub((member, hub) -> hub.withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint(member.name("pe")).inSubnet(Fixtures.existingSubnet()).attach())
        .build();

    assertThat(hubs).extracting(IotHubSpec::name)
        .containsExactly("iot-plant-a-weu", "iot-plant-b-weu", "iot-plant-a-neu", "iot-plant-b-neu");
    assertThat(hubs.get(0).privateEndpoints().get(0).name()).isEqualTo("pe-iot-plant-a-weu");
    assertThat(hubs.get(2).path()).isEqualTo("fleet[plants][2 Plant A/neu].iotHub[iot-plant-a-neu]");
  }

  @Test
  void rowIndexesArePaddedSoThatPathsSortInRowOrder() {
    List<IotHubSpec> hubs = Fleet.of("plants", IntStream.range(0, 12).boxed().toList())
        .namedBy(row -> "hub-" + row)
        .eachHub((member, hub) -> hub.withSku(IotHubSku.S1, 1))
        .build();

    assertThat(hubs.get(3).path()).isEqualTo("fleet[plants][03 hub-3].iotHub[hub-3]");
    assertThat(hubs.stream().map(IotHubSpec::path).sorted().toList())
        .isEqualTo(hubs.stream().map(IotHubSpec::path).toList());
  }

  @Test
  void eachHubMustReturnTheHubItIsGiven() {
    var fleet = Fleet.of("plants", List.of("a")).namedBy(row -> "hub-" + row)
        .eachHub((member, hub) -> IotHub.define("another").withSku(IotHubSku.S1, 1));

    assertThatThrownBy(fleet::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must configure and return the hub it is given ('hub-a' for row 0)");
  }

  @Test
  void slugsAreLowerCaseWordsJoinedByHyphens() {
    assertThat(Fleet.slug("iot", "Contoso GmbH", "--West Europe--", "", "plant_07")).isEqualTo(
        "iot-contoso-gmbh-west-europe-plant-07");
  }

  @Test
  void aNamingSchemeThatGivesTwoRowsOneNameIsReportedWithBothRows() {
    IotNetworkSpec spec = IotNetwork.define("clash").inRegion(Region.EUROPE_WEST)
        .withFleet(Fleet.of("plants", SITES)
            .namedBy(site -> Fleet.slug("iot", site.region()))
            .eachHub((member, hub) -> hub.withSku(IotHubSku.S1, 1)
                .definePrivateEndpoint(member.name("pe")).inSubnet(Fixtures.existingSubnet()).attach()))
        .build();

    GenerationResult result = Generator.generate(spec);

    assertThat(result.files()).isEmpty();
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR)).filteredOn(d -> d.ruleId().equals("duplicate-name"))
        .extracting(Diagnostic::path)
        .contains("fleet[plants][1 iot-weu].iotHub[iot-weu]",
            "fleet[plants][1 iot-weu].iotHub[iot-weu].privateEndpoints[pe-iot-weu]");
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR)).filteredOn(d -> d.ruleId().equals("duplicate-name"))
        .first().satisfies(d -> {
          assertThat(d.message()).contains("first by fleet[plants][0 iot-weu].iotHub[iot-weu]");
          assertThat(d.hint()).contains(".namedBy(..)");
        });
  }

  @Test
  void pastTwoHundredFiftySixParametersHubNamesAreOneObjectParameter() {
    IotNetworkSpec spec = IotNetwork.define("many-names").inRegion(Region.EUROPE_WEST)
        .withFleet(Fleet.of("plants", IntStream.range(0, 300).boxed().toList())
            .namedBy(row -> "hub-many-" + row)
            .eachHub((member, hub) -> hub.withSku(IotHubSku.S1, 1)
                .definePrivateEndpoint(member.name("pe")).inSubnet(Fixtures.existingSubnet()).attach()))
        .build();

    GeneratedFiles files = Generator.generate(spec).files().orElseThrow();

    assertThat(files.text("azuredeploy.parameters.json")).contains("\"iotHubNames\"", "\"iotHubHubMany299\": \"hub-many-299\"");
    assertThat(files.text("main.bicep")).contains("param iotHubNames object = {", "iotHubNames: iotHubNames");
    assertThat(files.text("main.bicepparam")).contains("param iotHubNames = {");
    assertThat(DeploymentTemplates.of(files).main().path("parameters").size()).isEqualTo(2);
  }
}
