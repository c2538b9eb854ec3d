package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFingerprintTest {

  @Test
  void sameInputsSameFingerprintAndAChangedClassOrSettingChangesIt(@TempDir Path dir) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path plugin = Files.writeString(dir.resolve("plugin.jar"), "plugin");
    Files.writeString(classes.resolve("Network.class"), "v1");
    String first = BuildFingerprint.of("1.0", List.of(plugin), List.of("formats [ARM]"), List.of(classes.toString()));

    assertThat(BuildFingerprint.of("1.0", List.of(plugin), List.of("formats [ARM]"), List.of(classes.toString())))
        .isEqualTo(first);
    assertThat(BuildFingerprint.of("1.1", List.of(plugin), List.of("formats [ARM]"), List.of(classes.toString())))
        .isNotEqualTo(first);
    assertThat(BuildFingerprint.of("1.0", List.of(plugin), List.of("formats [BICEP]"), List.of(classes.toString())))
        .isNotEqualTo(first);
    Files.writeString(classes.resolve("Network.class"), "v2");
    assertThat(BuildFingerprint.of("1.0", List.of(plugin), List.of("formats [ARM]"), List.of(classes.toString())))
        .isNotEqualTo(first);
  }

  @Test
  void aChangedGeneratorJarUnderTheSamePluginJarChangesIt(@TempDir Path dir) throws Exception {
    Path plugin = Files.writeString(dir.resolve("plugin.jar"), "plugin");
    Path generator = Files.writeString(dir.resolve("generator.jar"), "generator v1");
    String first = BuildFingerprint.of("1.0-SNAPSHOT", List.of(plugin, generator), List.of(), List.of());

    Files.writeString(generator, "generator v2, a rebuilt snapshot");

    assertThat(BuildFingerprint.of("1.0-SNAPSHOT", List.of(plugin, generator), List.of(), List.of()))
        .isNotEqualTo(first);
  }

  @Test
  void stateRoundTripsAndIsCurrentOnlyWhileItsFoldersExist(@TempDir Path output) throws Exception {
    new GenerationState("abc", List.of("net-a")).write(output);

    GenerationState read = GenerationState.read(output).orElseThrow();

    assertThat(read).isEqualTo(new GenerationState("abc", List.of("net-a")));
    assertThat(read.isCurrent("abc", output)).isFalse();
    Files.createDirectories(output.resolve("net-a"));
    assertThat(read.isCurrent("abc", output)).isTrue();
    assertThat(read.isCurrent("other", output)).isFalse();
  }

  @Test
  void archivesOfTheSameFilesAreTheSameBytes(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("net/modules"));
    Files.writeString(folder.resolve("hub.bicep"), "module");
    Files.writeString(dir.resolve("net/main.bicep"), "main");

    TemplateArchive.write(dir.resolve("net"), dir.resolve("a.zip"));
    Thread.sleep(1100);
    TemplateArchive.write(dir.resolve("net"), dir.resolve("b.zip"));

    assertThat(Files.readAllBytes(dir.resolve("a.zip"))).isEqualTo(Files.readAllBytes(dir.resolve("b.zip")));
  }
}
