package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Same definition, same bytes: no timestamps, fixed key order, LF, UTF-8 without BOM, final newline; and
 * the same when the generator's own parallel steps (rules, hub groups, measuring, stages) share the
 * cores with other generations.
 */
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

  @Test
  void aStagedFleetGeneratedOnSeveralThreadsAtOnceGivesTheBytesItGivesAlone() {
    IotNetworkSpec fleet = PlantFleetNetwork.fleet(1000);
    GeneratedFiles alone = Generator.templates(fleet).files().orElseThrow();
    assertThat(alone.files().keySet()).anyMatch(name -> name.startsWith(GeneratedFiles.STAGES));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<GeneratedFiles>> together = IntStream.range(0, 4).mapToObj(i -> CompletableFuture
          .supplyAsync(() -> Generator.templates(fleet).files().orElseThrow(), threads)).toList();
      for (CompletableFuture<GeneratedFiles> files : together) {
        GeneratedFiles again = files.join();
        assertThat(again.files().keySet()).isEqualTo(alone.files().keySet());
        alone.files().forEach((name, bytes) -> assertThat(again.files().get(name)).as(name).isEqualTo(bytes));
      }
    } finally {
      threads.shutdown();
    }
  }
}
