package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
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

  @Test
  void theFolderGetsThePermissionsOfAnyNewDirectoryNotOwnerOnly(@TempDir Path dir) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("usual")));
    Path folder = dir.resolve("net");

    OutputFolder.replace(folder, files("main.bicep", "modules/hub.bicep"));

    assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(usual);
    assertThat(Files.getPosixFilePermissions(folder.resolve("modules"))).isEqualTo(usual);
  }

  @Test
  void leftoversOfInterruptedRunsAreRemovedAndNothingElse(@TempDir Path dir) throws Exception {
    Path staging = Files.createDirectories(dir.resolve(".net.tmp-8431965519373305377/modules"));
    Files.write(staging.resolve("hub.bicep"), new byte[900_000]);
    Files.createDirectory(dir.resolve(".net.old-2k4j1x"));
    Files.createDirectory(dir.resolve("net"));
    Files.writeString(dir.resolve(".keep.tmp-notes.txt"), "a file, not ours");

    assertThat(OutputFolder.removeLeftovers(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly(".net.old-2k4j1x", ".net.tmp-8431965519373305377");

    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("net", ".keep.tmp-notes.txt");
    }
    assertThat(OutputFolder.removeLeftovers(dir.resolve("absent"))).isEmpty();
    assertThat(dir.resolve("absent")).doesNotExist();
  }

  @Test
  void removeRenamesTheFolderAwayBeforeDeletingIt(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("net");
    OutputFolder.replace(folder, files("main.bicep", "modules/hub.bicep"));

    assertThat(OutputFolder.remove(folder)).isTrue();
    assertThat(OutputFolder.remove(folder)).isFalse();

    try (var siblings = Files.list(dir)) {
      assertThat(siblings).isEmpty();
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
