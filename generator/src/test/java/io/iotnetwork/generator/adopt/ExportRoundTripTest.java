package io.iotnetwork.generator.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ResourceScope;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export fixture (src/test/resources/exports, see its README): import → compile the generated
 * Java → generate → the generated hub's writable properties equal the export's.
 */
class ExportRoundTripTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("arm-get/contoso-legacy-hub.json", null),
        Arguments.of("az-cli/contoso-legacy-hub.json", null),
        Arguments.of("arm-get/contoso-filtered-hub.json", null),
        Arguments.of("arm-get/contoso-cosmos-hub.json", null),
        Arguments.of("az-cli/tuned-hub.json", null),
        Arguments.of("az-cli/contoso-routed-hub.json", null),
        Arguments.of("template/portal-export.json", null),
        Arguments.of("template/private-hub-export.json", null),
        Arguments.of("template/group-export.json", "template/group-export.parameters.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theGeneratedHubRestatesTheExportedOne(String fixture, String parameters) {
    RoundTrip trip = RoundTrip.of(read(fixture, parameters), Optional.empty(), "AdoptedHub");

    System.out.println("=== " + fixture + "\n" + trip.source);
    trip.definition.notes().forEach(note -> System.out.println(note.toDiagnostic(fixture, true).render()));
    System.out.println("compared " + trip.exportedProperties().size() + " paths: " + trip.exportedProperties().keySet());
    assertThat(trip.generatedProperties()).as(fixture + ", adopted as:\n" + trip.source)
        .containsExactlyEntriesOf(trip.exportedProperties());
  }

  static ExportReadResult read(String fixture, String parameters) {
    return ExportReader.read(fixture(fixture), Optional.ofNullable(parameters).map(ExportRoundTripTest::fixture),
        ResourceScope.DEPLOYMENT);
  }

  static Path fixture(String name) {
    try {
      return Path.of(ExportRoundTripTest.class.getResource("/exports/" + name).toURI());
    } catch (URISyntaxException | NullPointerException missing) {
      throw new AssertionError("test resource " + name + " is missing", missing);
    }
  }
}
