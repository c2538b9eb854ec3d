package com.contoso.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs in each of the three builds (system property "stage"): records the templates' timestamps,
 * checks they did not move, edits the definition, and checks the next build regenerated.
 */
class IncrementalBuildTest {
  private static final Path OUTPUT = Path.of("target", "iot-network", "incremental");
  private static final Path RECORD = Path.of("target", "timestamps-after-first-build.txt");
  private static final Path DEFINITION = Path.of("src", "main", "java", "com", "contoso", "incremental",
      "IncrementalNetwork.java");

  @Test
  void templatesAreRegeneratedOnlyWhenTheDefinitionChanges() throws IOException {
    switch (System.getProperty("stage")) {
      case "first" -> Files.write(RECORD, timestamps());
      case "second" -> {
        assertEquals(Files.readAllLines(RECORD), timestamps(), "an unchanged build must leave the files untouched");
        String source = Files.readString(DEFINITION);
        Files.writeString(DEFINITION, source.replace("first-revision", "second-revision"));
      }
      case "third" -> {
        assertNotEquals(Files.readAllLines(RECORD), timestamps(), "a changed definition must regenerate");
        assertTrue(Files.readString(OUTPUT.resolve("azuredeploy.json")).contains("second-revision"));
      }
      default -> throw new AssertionError("run with -Pfirst, -Psecond or -Pthird");
    }
  }

  private static List<String> timestamps() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(OUTPUT)) {
      for (Path file : files.sorted().toList()) {
        lines.add(file.getFileName() + " " + Files.getLastModifiedTime(file).toMillis());
      }
    }
    return lines;
  }
}
