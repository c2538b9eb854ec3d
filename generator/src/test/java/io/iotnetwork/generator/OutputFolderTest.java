package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @Test
  void replacesTheFolderWithExactlyTheNewFilesAndLeavesNoTemporaryFolder(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("net");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("stale.json"), "old");

    OutputFolder.replace(folder, files("main.bicep", "modules/hub.bicep"));

    try (var listed = Files.walk(folder)) {
      assertThat(listed.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')))
          .containsExactlyInAnyOrder("main.bicep", "modules/hub.bicep");
    }
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("net");
    }
  }

  @Test
  void aFileThatCannotBeWrittenLeavesThePreviousFolderAsItWas(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("net");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("azuredeploy.json"), "previous");

    assertThatThrownBy(() -> OutputFolder.replace(folder, files("../escape.json")))
        .isInstanceOf(IllegalStateException.class);

    assertThat(Files.readString(folder.resolve("azuredeploy.json"))).isEqualTo("previous");
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("net");
    }
  }

  private static GeneratedFiles files(String... names) {
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (String name : names) {
      files.put(name, name.getBytes(StandardCharsets.UTF_8));
    }
    return new GeneratedFiles(files);
  }
}
