package io.iotnetwork.generator.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.generator.SharedCheckers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The templates generated from every imported export fixture pass the two independent checkers in
 * ../shared: Microsoft's ARM schemas and the tree-sitter Bicep grammar.
 */
class ImportedOutputCheckersTest {
  private static final Path OUT = Path.of("target", "imported-checkers");
  private static Path shared;
  private static int fixtures;

  @BeforeAll
  static void writeImportedOutputs() throws Exception {
    shared = SharedCheckers.assumeSharedDir("ImportedOutputCheckersTest");
    OutputFolder.deleteRecursively(OUT);
    for (Arguments arguments : ExportRoundTripTest.fixtures().toList()) {
      String fixture = (String) arguments.get()[0];
      RoundTrip trip = RoundTrip.of(ExportRoundTripTest.read(fixture, (String) arguments.get()[1]), Optional.empty(),
          "AdoptedHub");
      OutputFolder.replace(OUT.resolve(fixture.replace('/', '-').replace(".json", "")), trip.files);
      fixtures++;
    }
  }

  @Test
  void armTemplatesAndParametersPassMicrosoftsSchemas() throws Exception {
    List<Path> files = new ArrayList<>();
    try (var walked = Files.walk(OUT)) {
      walked.filter(path -> path.toString().endsWith(".json")).sorted().forEach(files::add);
    }

    assertThat(files).hasSizeGreaterThanOrEqualTo(2 * fixtures);
    SharedCheckers.assertArmValid(shared, files);
  }

  @Test
  void bicepFilesPassTheBicepGrammar() throws Exception {
    assertThat(SharedCheckers.assertBicepClean(shared, OUT)).isGreaterThanOrEqualTo(fixtures);
  }
}
