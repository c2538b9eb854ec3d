package io.iotnetwork.generator.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ResourceScope;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One round trip: adopt a hub of an export, print the definition, compile and run it, generate, read
 * the generated template back, and compare its hub with the export's.
 */
final class RoundTrip {
  static final String PACKAGE = "com.contoso.adopted";
  private static final ObjectMapper JSON = new ObjectMapper();

  final AdoptedDefinition definition;
  final String source;
  final GeneratedFiles files;
  final ExportedResource exported;
  final ExportedResource generated;
  final ExportReadResult readBack;

  private RoundTrip(AdoptedDefinition definition, String source, GeneratedFiles files, ExportedResource exported,
      ExportedResource generated, ExportReadResult readBack) {
    this.readBack = readBack;
    this.definition = definition;
    this.source = source;
    this.files = files;
    this.exported = exported;
    this.generated = generated;
  }

  /** Runs the round trip of hub {@code hubName} (or the only hub) of {@code export}. */
  static RoundTrip of(ExportReadResult export, Optional<String> hubName, String className) {
    Adoption adoption = Adopter.adopt(export, hubName);
    assertThat(adoption.problems()).as("problems adopting " + export.file()).isEmpty();
    AdoptedDefinition definition = adoption.definition().orElseThrow();
    String source = DefinitionWriter.write(definition, PACKAGE, className);
    IotNetworkSpec spec = DefinitionCompiler.run(source, PACKAGE, className);
    GenerationResult result = Generator.generate(spec);
    assertThat(result.files()).as("generating the definition adopted from " + export.file() + ":\n"
        + result.diagnostics().render() + "\n" + source).isPresent();
    GeneratedFiles files = result.files().orElseThrow();
    ExportReadResult readBack = ExportReader.read(GeneratedFiles.ARM_TEMPLATE, json(files.text(GeneratedFiles.ARM_TEMPLATE)),
        json(files.text(GeneratedFiles.ARM_PARAMETERS)).path("parameters"), ResourceScope.DEPLOYMENT);
    assertThat(readBack.problems()).isEmpty();
    ExportedResource exported = export.hub(hubName).hub().orElseThrow();
    ExportedResource generated = readBack.hub(Optional.of(exported.name())).hub().orElseThrow();
    return new RoundTrip(definition, source, files, exported, generated, readBack);
  }

  /** The paths compared on both sides: everything but what the adopter listed as unexpressed or not restated. */
  List<String> excluded() {
    return Stream.concat(definition.notes(AdoptionNote.Kind.UNEXPRESSED).stream(),
        definition.notes(AdoptionNote.Kind.NOT_RESTATED).stream()).map(AdoptionNote::jsonPath).toList();
  }

  /** The export's hub properties compared; never vacuous: the SKU and location are always among them. */
  Map<String, String> exportedProperties() {
    Map<String, String> properties = HubComparison.of(exported, excluded(), exported.scope());
    assertThat(properties).as("compared paths of " + exported.name()).containsKeys("$.sku.name", "$.location",
        "$.properties.publicNetworkAccess");
    return properties;
  }

  Map<String, String> generatedProperties() {
    return HubComparison.of(generated, excluded(), exported.scope());
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException bug) {
      throw new UncheckedIOException(bug);
    }
  }
}
