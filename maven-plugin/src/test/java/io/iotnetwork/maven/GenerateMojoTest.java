package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.maven.TestNetworks.First;
import io.iotnetwork.maven.TestNetworks.Noted;
import io.iotnetwork.maven.TestNetworks.Second;
import io.iotnetwork.maven.TestNetworks.Variant;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal on a project in a temporary folder: what it writes, keeps, replays and removes. */
class GenerateMojoTest {

  @AfterEach
  void resetDefinitions() {
    TestNetworks.first = Variant.CLEAN;
  }

  @Test
  void aDeletedOrTamperedFileIsWrittenAgainWithItsZip(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class);
    Path folder = project.folder("first");
    byte[] bicep = Files.readAllBytes(folder.resolve("main.bicep"));
    byte[] arm = Files.readAllBytes(folder.resolve("azuredeploy.json"));

    Files.delete(folder.resolve("main.bicep"));
    project.generate(false, First.class);

    assertThat(project.logged("are up to date")).isFalse();
    assertThat(project.logged("iot-network: wrote 6 files for network 'first'")).isTrue();
    assertThat(folder.resolve("main.bicep")).hasBinaryContent(bicep);

    Files.writeString(folder.resolve("azuredeploy.json"), "{\"tampered\":true}");
    project.generate(false, First.class);

    assertThat(folder.resolve("azuredeploy.json")).hasBinaryContent(arm);
    byte[] zip = Files.readAllBytes(folder.resolve("first.zip"));
    try (ZipFile archive = new ZipFile(folder.resolve("first.zip").toFile())) {
      assertThat(archive.getInputStream(archive.getEntry("azuredeploy.json")).readAllBytes()).isEqualTo(arm);
      assertThat(archive.getInputStream(archive.getEntry("main.bicep")).readAllBytes()).isEqualTo(bicep);
    }

    Files.writeString(folder.resolve("first.zip"), "an old zip");
    Files.writeString(folder.resolve("extra.bicep"), "a file the build did not write");
    project.generate(false, First.class);

    assertThat(folder.resolve("first.zip")).hasBinaryContent(zip);
    assertThat(folder.resolve("extra.bicep")).doesNotExist();

    project.generate(false, First.class);

    assertThat(project.logged("are up to date (definitions and plugin unchanged); files left untouched")).isTrue();
  }

  @Test
  void onlyTheTamperedNetworkIsWrittenAgain(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class, Second.class);
    Files.writeString(project.folder("second").resolve("main.bicep"), "tampered");

    project.generate(false, First.class, Second.class);

    assertThat(project.logged("network 'first' in " + project.folder("first").toAbsolutePath()
        + " is up to date; files left untouched")).isTrue();
    assertThat(project.logged("wrote 6 files for network 'second'")).isTrue();
    assertThat(project.folder("second").resolve("main.bicep")).content().isNotEqualTo("tampered");
  }

  @Test
  void anUpToDateBuildLogsTheWarningsAndNotesAgainAndFailOnWarningApplies(@TempDir Path dir) throws Exception {
    TestNetworks.first = Variant.WARNING;
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class, Noted.class);
    List<String> diagnostics = diagnosticLines(project);
    assertThat(diagnostics).anyMatch(line -> line.startsWith("warn: [first] private-endpoint-without-dns at "))
        .anyMatch(line -> line.startsWith("info: [noted] existing-dns-zones at "));

    project.generate(false, First.class, Noted.class);

    assertThat(project.logged("are up to date")).isTrue();
    assertThat(diagnosticLines(project)).isEqualTo(diagnostics);

    assertThatThrownBy(() -> project.generate(true, First.class, Noted.class))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("iot-network: 0 error(s) and 1 warning(s) in 2 network definition(s), listed above "
            + "(failOnWarning is set); the templates of the last build were left as they are.");
    assertThat(diagnosticLines(project)).isEqualTo(diagnostics);
  }

  @Test
  void leftoversOfAnInterruptedBuildAreRemovedByTheNextOne(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class);
    Path staging = Files.createDirectories(project.output.resolve(".first.tmp-8431965519373305377"));
    Files.write(staging.resolve("report.html"), new byte[900_000]);
    Path retired = Files.createDirectories(project.output.resolve(".first.old-5518820131209872041"));

    project.generate(false, First.class);

    assertThat(staging).doesNotExist();
    assertThat(retired).doesNotExist();
    assertThat(project.logged("removed " + staging + ", left by an interrupted build")).isTrue();
    assertThat(project.logged("are up to date")).isTrue();
  }

  @Test
  void networkFoldersGetThePermissionsOfAnyNewDirectory(@TempDir Path dir) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("usual")));
    MojoHarness project = new MojoHarness(dir);

    project.generate(false, First.class);

    assertThat(Files.getPosixFilePermissions(project.folder("first"))).isEqualTo(usual);
  }

  @Test
  void anErrorRemovesThatNetworksEarlierTemplatesAndSaysSo(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class, Second.class);
    TestNetworks.first = Variant.ERROR;
    project.recompile();

    assertThatThrownBy(() -> project.generate(false, First.class, Second.class))
        .isInstanceOf(MojoFailureException.class).hasMessageContaining("nothing was written");

    assertThat(project.folder("first")).doesNotExist();
    assertThat(project.logged("warn: iot-network: removed the earlier templates of network 'first' from "
        + project.folder("first").toAbsolutePath() + ": they do not match its definition, which has errors")).isTrue();
    assertThat(names(project.output)).containsExactly("second");

    TestNetworks.first = Variant.CLEAN;
    project.recompile();
    project.generate(false, First.class, Second.class);

    assertThat(project.folder("first").resolve("main.bicep")).isRegularFile();
  }

  @Test
  void theZipAndTheStateLiveInTheNetworksFolderAndAreAttachedAsBefore(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);

    project.generate(false, First.class);

    assertThat(names(project.output)).containsExactly("first");
    assertThat(names(project.folder("first"))).containsExactly(".iot-network-state", "azuredeploy.json",
        "azuredeploy.parameters.json", "first.zip", "main.bicep", "main.bicepparam", "report.html", "report.md");
    assertThat(project.attached).containsExactly("first json first/azuredeploy.json",
        "first parameters.json first/azuredeploy.parameters.json", "first bicep first/main.bicep",
        "first bicepparam first/main.bicepparam", "first html first/report.html", "first md first/report.md",
        "first zip first/first.zip");
  }

  @Test
  void aFleetWrittenAsStagesAttachesEveryStagesFilesAndTheDeploymentPlan(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);

    project.generate(false, TestNetworks.StagedFleet.class);

    String id = "plant-fleet";
    Path folder = project.folder(id);
    assertThat(folder.resolve("deploy.sh")).isExecutable();
    assertThat(folder.resolve("azuredeploy.json")).as("no single template").doesNotExist();
    List<String> stages;
    try (Stream<Path> listed = Files.list(folder.resolve("stages"))) {
      stages = listed.map(stage -> stage.getFileName().toString()).sorted().toList();
    }
    assertThat(stages).hasSizeGreaterThan(2).first().isEqualTo("00-foundation");
    assertThat(project.attached).contains(id + "-deploy sh " + id + "/deploy.sh", id + "-deploy md " + id + "/deploy.md",
        id + " html " + id + "/report.html", id + " md " + id + "/report.md", id + " zip " + id + "/" + id + ".zip");
    for (String stage : stages) {
      String classifier = id + "-" + stage;
      assertThat(project.attached).contains(classifier + " json " + id + "/stages/" + stage + "/azuredeploy.json",
          classifier + " parameters.json " + id + "/stages/" + stage + "/azuredeploy.parameters.json",
          classifier + " bicep " + id + "/stages/" + stage + "/main.bicep",
          classifier + " bicepparam " + id + "/stages/" + stage + "/main.bicepparam");
    }
    assertThat(project.attached).noneMatch(artifact -> artifact.contains("/modules/"));
  }

  @Test
  void aBaselineGivesTheReportsAChangesSectionAndAChangedBaselineRegenerates(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class);
    assertThat(Files.readString(project.folder("first").resolve("report.md"))).doesNotContain("## Changes");
    Path earlier = dir.resolve("earlier");
    OutputFolder.write(earlier, FolderFiles.read(project.output));

    TestNetworks.first = Variant.WARNING;
    project.recompile();
    project.baseline = earlier;
    project.generate(false, First.class);

    String report = Files.readString(project.folder("first").resolve("report.md"));
    assertThat(report).contains("## Changes", "resource-no-longer-managed", "destructive");
    assertThat(Files.readString(project.folder("first").resolve("report.html"))).contains("resource-no-longer-managed");

    project.generate(false, First.class);
    assertThat(project.logged("are up to date")).as("same baseline, same definitions").isTrue();

    Files.writeString(earlier.resolve("first/azuredeploy.json"), Files.readString(project.folder("first")
        .resolve("azuredeploy.json")));
    project.generate(false, First.class);
    assertThat(project.logged("are up to date")).as("a changed baseline regenerates the reports").isFalse();
    assertThat(Files.readString(project.folder("first").resolve("report.md"))).doesNotContain("resource-no-longer-managed");
  }

  @Test
  void theEarlierLayoutIsCleanedUpAndItsStaleNetworksRemoved(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    Files.createDirectories(project.folder("first"));
    Files.writeString(project.folder("first").resolve("main.bicep"), "old");
    Files.createDirectories(project.folder("gone"));
    Files.writeString(project.folder("gone").resolve("main.bicep"), "old");
    Files.writeString(project.output.resolve(".iot-network-state"), "fingerprint abc\nnetwork first\nnetwork gone\n");
    Files.writeString(project.output.resolve("first.zip"), "old zip");
    Files.writeString(project.output.resolve("first.zip.partial"), "half a zip");
    Files.writeString(project.output.resolve("gone.zip"), "old zip");

    project.generate(false, First.class);

    assertThat(names(project.output)).containsExactly("first");
    assertThat(project.folder("first").resolve("first.zip")).isRegularFile();
    assertThat(project.logged("removed the templates of network 'gone', which is no longer defined")).isTrue();
    assertThat(project.logged("removed " + project.output.resolve(".iot-network-state") + " of an earlier plugin "
        + "version")).isTrue();
  }

  @Test
  void aNetworkNoLongerDefinedIsRemoved(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class, Second.class);
    project.recompile();

    project.generate(false, First.class);

    assertThat(names(project.output)).containsExactly("first");
    assertThat(project.logged("removed the templates of network 'second', which is no longer defined")).isTrue();
  }

  @Test
  void aNetworkFolderDeletedWholeIsWrittenAgain(@TempDir Path dir) throws Exception {
    MojoHarness project = new MojoHarness(dir);
    project.generate(false, First.class, Second.class);
    OutputFolder.deleteRecursively(project.folder("second"));

    project.generate(false, First.class, Second.class);

    assertThat(project.logged("wrote 6 files for network 'second'")).isTrue();
  }

  private static List<String> diagnosticLines(MojoHarness project) {
    return project.log.stream().filter(line -> line.matches("\\w+: \\[(first|noted)\\] .*")).toList();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children.map(child -> child.getFileName().toString()).sorted().toList();
    }
  }
}
