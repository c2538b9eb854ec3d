package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample's generated files and diagnostics equal the reviewed copies under
 * {@code src/test/resources/golden/<scenario>/}. After an intended change, regenerate them with
 * {@code mvn test -pl generator -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String DIAGNOSTICS = "diagnostics.txt";

  static List<String> scenarios() {
    return Scenarios.names().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void generatedFilesMatchTheGoldenCopies(String scenario) throws IOException {
    GenerationResult result = Generator.generate(Scenarios.spec(scenario));
    Map<String, String> actual = new TreeMap<>();
    result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()))
        .files().forEach((name, bytes) -> actual.put(name, new String(bytes, StandardCharsets.UTF_8)));
    actual.put(DIAGNOSTICS, result.diagnostics().render());
    Path folder = GOLDEN.resolve(scenario);

    if (Boolean.getBoolean("golden.update")) {
      OutputFolder.deleteRecursively(folder);
      Files.createDirectories(folder);
      for (Map.Entry<String, String> file : actual.entrySet()) {
        Files.createDirectories(folder.resolve(file.getKey()).getParent());
        Files.writeString(folder.resolve(file.getKey()), file.getValue());
      }
    }

    for (Map.Entry<String, String> file : actual.entrySet()) {
      Path expectedFile = folder.resolve(file.getKey());
      assertThat(expectedFile).as("golden file %s (create it with -Dgolden.update=true)", expectedFile).exists();
      String expected = Files.readString(expectedFile);
      if (!expected.equals(file.getValue())) {
        throw new AssertionError(firstDifference(expectedFile, expected, file.getValue())
            + "\nIf the change is intended, regenerate with: mvn test -pl generator -Dtest=GoldenFilesTest "
            + "-Dgolden.update=true, and review the diff.");
      }
    }
    try (var listed = Files.walk(folder)) {
      assertThat(listed.filter(Files::isRegularFile)
              .map(path -> folder.relativize(path).toString().replace('\\', '/')).toList())
          .as("golden files that are no longer generated").containsExactlyInAnyOrderElementsOf(actual.keySet());
    }
  }

  private static String firstDifference(Path file, String expected, String actual) {
    String[] expectedLines = expected.split("\n", -1);
    String[] actualLines = actual.split("\n", -1);
    for (int i = 0; i < Math.max(expectedLines.length, actualLines.length); i++) {
      String want = i < expectedLines.length ? expectedLines[i] : "<end of file>";
      String got = i < actualLines.length ? actualLines[i] : "<end of file>";
      if (!want.equals(got)) {
        return file + " differs at line " + (i + 1) + ":\n  expected: " + want + "\n  actual:   " + got;
      }
    }
    return file + " differs";
  }
}
