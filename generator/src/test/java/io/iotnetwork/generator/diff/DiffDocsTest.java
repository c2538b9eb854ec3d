package io.iotnetwork.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/diff.md names every class and every rule id the change classifier can give. */
class DiffDocsTest {
  private static final Pattern VERDICT = Pattern.compile("RiskClass\\.[A-Z_]+,\\s*\"([a-z0-9-]+)\"");

  @Test
  void everyRuleIdIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "diff.md"));
    List<String> ids = ruleIds();

    assertThat(ids).hasSizeGreaterThan(20);
    assertThat(ids).allSatisfy(id -> assertThat(docs).contains("| `" + id + "` |"));
  }

  @Test
  void everyClassIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "diff.md"));

    assertThat(RiskClass.values()).allSatisfy(riskClass -> assertThat(docs).contains("| `" + riskClass.id() + "` |"));
  }

  private static List<String> ruleIds() throws IOException {
    Path sources = Path.of("src", "main", "java", "io", "iotnetwork", "generator", "diff");
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(file -> file.toString().endsWith(".java")).flatMap(DiffDocsTest::verdictIds).distinct().toList();
    }
  }

  private static Stream<String> verdictIds(Path file) {
    try {
      Matcher matcher = VERDICT.matcher(Files.readString(file));
      return matcher.results().map(result -> result.group(1));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
