package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Same definition, same bytes: no timestamps, fixed key order, LF, UTF-8 without BOM, final newline. */
class DeterminismTest {

  static List<String> scenarios() {
    return Scenarios.names().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void twoGenerationsProduceTheSameBytes(String scenario) {
    GeneratedFiles first = Scenarios.files(scenario);
    GeneratedFiles second = Scenarios.files(scenario);

    assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
    first.files().forEach((name, bytes) -> assertThat(second.files().get(name)).as(name).isEqualTo(bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void filesAreLfUtf8WithAFinalNewline(String scenario) {
    Scenarios.files(scenario).files().forEach((name, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).as(name).doesNotContain("\r").endsWith("\n").doesNotStartWith("\uFEFF");
      assertThat(text).as(name).doesNotContain("\t");
      assertThat(text).as(name + ": a Java value printed with toString()").doesNotContain("Lit[", "Obj[", "Optional[",
          "Optional.empty", "PlannedResource[");
    });
  }
}
