package io.iotnetwork.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationStateTest {

  @Test
  void roundTripsWithItsHashesAndDiagnostics(@TempDir Path folder) throws Exception {
    Diagnostics diagnostics = new Diagnostics(List.of(
        Diagnostic.warning("private-endpoint-without-dns", "iotHub[hub\n[ERROR] x]", new SourceLocation("Net.java", 12),
            "no \"zone\" group", "link the zones"),
        Diagnostic.info("existing-dns-zones", "network[n].privateDns", SourceLocation.UNKNOWN, "as they are", "link")));
    GenerationState state = GenerationState.of("abc", List.of("net", "other"),
        Map.of("main.bicep", "main".getBytes(UTF_8)), diagnostics);
    Files.write(folder.resolve(GenerationState.FILE_NAME), state.toBytes());

    assertThat(GenerationState.read(folder)).contains(state);
  }

  @Test
  void describesOnlyAFolderWithExactlyItsFilesUnchanged(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("modules"));
    Files.writeString(folder.resolve("main.bicep"), "main");
    Files.writeString(folder.resolve("modules/hub.bicep"), "hub");
    GenerationState state = GenerationState.of("abc", List.of("net"),
        Map.of("main.bicep", "main".getBytes(UTF_8), "modules/hub.bicep", "hub".getBytes(UTF_8)), Diagnostics.none());
    Files.write(folder.resolve(GenerationState.FILE_NAME), state.toBytes());

    assertThat(state.describes(folder)).isTrue();
    Files.writeString(folder.resolve("modules/hub.bicep"), "changed");
    assertThat(state.describes(folder)).isFalse();
    Files.writeString(folder.resolve("modules/hub.bicep"), "hub");
    Files.writeString(folder.resolve("added.json"), "{}");
    assertThat(state.describes(folder)).isFalse();
    Files.delete(folder.resolve("added.json"));
    Files.delete(folder.resolve("main.bicep"));
    assertThat(state.describes(folder)).isFalse();
  }

  @Test
  void aDamagedStateCountsAsNone(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve(GenerationState.FILE_NAME), "fingerprint abc\nnetwork net\n");
    assertThat(GenerationState.read(folder)).isEmpty();
    Files.writeString(folder.resolve(GenerationState.FILE_NAME), "{\"fingerprint\":\"abc\"}");
    assertThat(GenerationState.read(folder)).isEmpty();
    assertThat(GenerationState.read(folder.resolve("absent"))).isEmpty();
  }
}
