package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every scenario's ARM JSON passes Microsoft's published ARM schemas and every Bicep file the
 * tree-sitter Bicep grammar: checkers that are not ours, so they catch what our tests share our
 * blind spots on.
 */
class SharedCheckersTest {
  private static final Path OUT = Path.of("target", "shared-checkers");
  private static Path shared;

  @BeforeAll
  static void writeScenarios() throws Exception {
    shared = SharedCheckers.assumeSharedDir("SharedCheckersTest");
    OutputFolder.deleteRecursively(OUT);
    for (String scenario : Scenarios.names().toList()) {
      OutputFolder.replace(OUT.resolve(scenario), Scenarios.files(scenario));
    }
  }

  @Test
  void armTemplatesAndParametersPassMicrosoftsSchemas() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String scenario : Scenarios.names().toList()) {
      try (var listed = Files.list(OUT.resolve(scenario))) {
        listed.filter(path -> path.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }

    SharedCheckers.assertArmValid(shared, files);
  }

  @Test
  void bicepFilesPassTheBicepGrammar() throws Exception {
    long bicepFiles = SharedCheckers.assertBicepClean(shared, OUT);

    assertThat(bicepFiles).isGreaterThan(Scenarios.names().count());
  }
}
