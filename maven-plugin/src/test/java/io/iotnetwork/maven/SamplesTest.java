package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The samples are ordinary projects pinned to a plugin version: it must be this build's. */
class SamplesTest {

  @Test
  void everySampleUsesThisBuildsVersionOfThePlugin() throws IOException {
    String version = System.getProperty("project.version");
    List<Path> poms;
    try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
      poms = samples.map(sample -> sample.resolve("pom.xml")).filter(Files::isRegularFile).toList();
    }

    assertThat(poms).isNotEmpty().allSatisfy(pom -> assertThat(Files.readString(pom))
        .as(pom.toString()).contains("<iot-network.version>" + version + "</iot-network.version>"));
  }
}
