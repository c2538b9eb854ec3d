package io.iotnetwork.generator.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ResourceScope;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's and test scenario's own output: our template → import each hub → compile → generate
 * → the same hub, property for property, with nothing left unexpressed, and the same private endpoints and
 * consumer groups.
 */
class OwnOutputRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> hubs() {
    Stream<Arguments> scenarios = Scenarios.names().map(name -> Arguments.of(name, Scenarios.spec(name)));
    return Stream.concat(scenarios, Stream.of(Arguments.of("plant-fleet (3 plants)", PlantFleetNetwork.fleet(3))))
        .flatMap(arguments -> {
          IotNetworkSpec spec = (IotNetworkSpec) arguments.get()[1];
          ExportReadResult template = template(spec);
          return template.hubs().stream().map(hub -> Arguments.of(arguments.get()[0] + " / " + hub.name(), template, hub));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hubs")
  void ourTemplateImportedGeneratesTheSameHub(String name, ExportReadResult template, ExportedResource hub) {
    RoundTrip trip = RoundTrip.of(template, Optional.of(hub.name()), "AdoptedHub");

    assertThat(trip.definition.notes(AdoptionNote.Kind.UNEXPRESSED)).as(name + ":\n" + trip.source).isEmpty();
    assertThat(trip.generatedProperties()).as(name + ", adopted as:\n" + trip.source)
        .containsExactlyEntriesOf(trip.exportedProperties());
    List<ExportedResource> endpoints = privateEndpointsOf(template, hub.name());
    if (hub.body().path("properties").path("publicNetworkAccess").asText().equals("Disabled")) {
      assertThat(endpoints).as(name + ": a private hub's endpoints are compared too").isNotEmpty();
    }
    List<ExportedResource> consumerGroups = template.resources().stream()
        .filter(resource -> ConsumerGroupsGroup.isBuiltInGroupOf(resource, hub.name())).toList();
    if (name.startsWith("restated-hub")) {
      assertThat(consumerGroups).as(name + ": the scenario declares two consumer groups").hasSize(2);
    }
    assertThat(trip.readBack.resources()).as(name + ": consumer groups")
        .filteredOn(resource -> ConsumerGroupsGroup.isBuiltInGroupOf(resource, hub.name()))
        .extracting(ExportedResource::key, ExportedResource::body)
        .containsExactlyInAnyOrderElementsOf(consumerGroups.stream()
            .map(group -> Tuple.tuple(group.key(), group.body())).toList());
    for (ExportedResource endpoint : endpoints) {
      assertThat(trip.readBack.resources()).as(name + ": private endpoint " + endpoint.name())
          .filteredOn(resource -> resource.key().equals(endpoint.key()))
          .singleElement().satisfies(regenerated -> assertThat(regenerated.body()).isEqualTo(endpoint.body()));
    }
  }

  /** The private endpoints to {@code hub} in {@code template}. */
  private static List<ExportedResource> privateEndpointsOf(ExportReadResult template, String hub) {
    return template.resources().stream().filter(resource -> resource.isA("Microsoft.Network/privateEndpoints"))
        .filter(resource -> resource.body().toString().contains("'Microsoft.Devices/IotHubs', '" + hub + "'"))
        .toList();
  }

  private static ExportReadResult template(IotNetworkSpec spec) {
    GeneratedFiles files = Generator.generate(spec).files().orElseThrow();
    try {
      JsonNode template = JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
      JsonNode parameters = JSON.readTree(files.text(GeneratedFiles.ARM_PARAMETERS)).path("parameters");
      return ExportReader.read(GeneratedFiles.ARM_TEMPLATE, template, parameters, ResourceScope.DEPLOYMENT);
    } catch (IOException bug) {
      throw new AssertionError(bug);
    }
  }
}
