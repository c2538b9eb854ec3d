package io.iotnetwork.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.validate.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network's folder, zip and state are published together, or not at all. */
class NetworkWriterTest {
  /** Writes half a zip, then fails, as a full disk or a killed build would leave it. */
  private static final NetworkWriter.Archiver FAILS_MID_WRITE = (files, archive) -> {
    Files.write(archive, new byte[] {'P', 'K', 3, 4});
    throw new IOException("No space left on device");
  };

  @Test
  void aZipThatFailsMidWriteLeavesThePreviousFolderZipAndStateAsTheyWere(@TempDir Path output) throws Exception {
    new NetworkWriter(output).publish("net", files("v1"), "build-1", List.of("net"), Diagnostics.none());

    assertThatThrownBy(() -> new NetworkWriter(output, FAILS_MID_WRITE)
        .publish("net", files("v2"), "build-2", List.of("net"), Diagnostics.none()))
        .isInstanceOf(IOException.class).hasMessage("No space left on device");

    assertWholeAndOf(output, "net", "v1", "build-1");
    assertThat(names(output)).containsExactly("net");
  }

  @Test
  void aLaterNetworkThatFailsLeavesTheEarlierOnePublishedWhole(@TempDir Path output) throws Exception {
    List<String> both = List.of("a", "b");
    new NetworkWriter(output).publish("a", files("v1"), "build-1", both, Diagnostics.none());
    new NetworkWriter(output).publish("b", files("v1"), "build-1", both, Diagnostics.none());

    new NetworkWriter(output).publish("a", files("v2"), "build-2", both, Diagnostics.none());
    assertThatThrownBy(() -> new NetworkWriter(output, FAILS_MID_WRITE)
        .publish("b", files("v2"), "build-2", both, Diagnostics.none())).isInstanceOf(IOException.class);

    assertWholeAndOf(output, "a", "v2", "build-2");
    assertWholeAndOf(output, "b", "v1", "build-1");
    assertThat(names(output)).containsExactly("a", "b");
  }

  /** The folder holds {@code revision}'s files, a zip of exactly them, and a state that describes both. */
  private static void assertWholeAndOf(Path output, String id, String revision, String fingerprint) throws Exception {
    Path folder = output.resolve(id);
    assertThat(folder.resolve("main.bicep")).hasContent("main " + revision);
    assertThat(folder.resolve("modules/hub.bicep")).hasContent("hub " + revision);
    try (ZipFile zip = new ZipFile(folder.resolve(id + ".zip").toFile())) {
      assertThat(zip.stream().map(entry -> entry.getName())).containsExactly("main.bicep", "modules/hub.bicep");
      assertThat(zip.getInputStream(zip.getEntry("main.bicep")).readAllBytes()).asString(UTF_8)
          .isEqualTo("main " + revision);
    }
    GenerationState state = GenerationState.read(folder).orElseThrow();
    assertThat(state.fingerprint()).isEqualTo(fingerprint);
    assertThat(state.describes(folder)).isTrue();
  }

  private static GeneratedFiles files(String revision) {
    return new GeneratedFiles(new TreeMap<>(Map.of("main.bicep", ("main " + revision).getBytes(UTF_8),
        "modules/hub.bicep", ("hub " + revision).getBytes(UTF_8))));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children.map(child -> child.getFileName().toString()).sorted().toList();
    }
  }
}
