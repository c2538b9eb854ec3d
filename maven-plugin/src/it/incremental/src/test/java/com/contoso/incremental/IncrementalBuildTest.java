package com.contoso.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Runs in each of the four builds (system property "stage"): records the templates' timestamps,
 * checks they did not move, edits the definition, checks the next build regenerated, tampers with the
 * written files, and checks the next build wrote them again.
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
        Files.delete(OUTPUT.resolve("main.bicep"));
        Files.writeString(OUTPUT.resolve("azuredeploy.json"), "{\"tampered\":true}");
      }
      case "fourth" -> {
        String template = Files.readString(OUTPUT.resolve("azuredeploy.json"));
        assertTrue(template.contains("second-revision"), "a tampered file must be written again");
        assertTrue(Files.isRegularFile(OUTPUT.resolve("main.bicep")), "a deleted file must be written again");
        try (ZipFile zip = new ZipFile(OUTPUT.resolve("incremental.zip").toFile())) {
          assertEquals(template, new String(zip.getInputStream(zip.getEntry("azuredeploy.json")).readAllBytes(),
              StandardCharsets.UTF_8), "the zip holds the files beside it");
        }
      }
      default -> throw new AssertionError("run with -Pfirst, -Psecond, -Pthird or -Pfourth");
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
