package io.iotnetwork.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
  void archivesOfTheSameFilesAreTheSameBytes(@TempDir Path dir) throws Exception {
    SortedMap<String, byte[]> files = new TreeMap<>(Map.of("modules/hub.bicep", "module".getBytes(UTF_8),
        "main.bicep", "main".getBytes(UTF_8)));

    TemplateArchive.write(files, dir.resolve("a.zip"));
    Thread.sleep(1100);
    TemplateArchive.write(files, dir.resolve("b.zip"));

    assertThat(Files.readAllBytes(dir.resolve("a.zip"))).isEqualTo(Files.readAllBytes(dir.resolve("b.zip")));
  }
}
