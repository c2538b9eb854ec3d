package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample definition reads with imports from io.iotnetwork.dsl and the SDK's models: from io.iotnetwork.model
 * only the records the DSL builds ({@code ...Spec}), no SDK {@code SkuName} (three classes of that name: the DSL
 * names them {@code StorageSku}, {@code EventHubsSku}, {@code ServiceBusSku}), and existing egress targets and
 * identities by resource group and name rather than a {@code /subscriptions/...} id.
 */
class SampleImportsTest {
  private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+);", Pattern.MULTILINE);

  static Stream<Path> definitions() throws IOException {
    List<Path> found;
    try (Stream<Path> files = Files.walk(Path.of("..", "samples"))) {
      found = files.filter(path -> path.toString().replace('\\', '/').contains("/src/main/java/"))
          .filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(found).isNotEmpty();
    return found.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void readsWithImportsFromTheDslAndTheSdksModels(Path definition) throws IOException {
    String source = Files.readString(definition);
    List<String> imports = IMPORT.matcher(source).results().map(found -> found.group(1)).toList();
    assertThat(imports).allSatisfy(name -> assertThat(name).matches(
        "io\\.iotnetwork\\.dsl\\.\\w+|io\\.iotnetwork\\.model\\.\\w+Spec|com\\.azure\\.[\\w.]+|java\\.[\\w.]+"));
    assertThat(imports).noneMatch(name -> name.endsWith(".SkuName"));
    assertThat(source).doesNotContain("models.SkuName").doesNotContainPattern(
        "(StorageAccount|EventHubsNamespace|ServiceBusNamespace|UserAssignedIdentity)\\.existing\\(\"/subscriptions/");
  }
}
