package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff goal on temporary folders: each kind of baseline, none, and failOn. */
class DiffMojoTest {
  private static final String ID = "preview";
  private static final String HUB = "contoso-preview-hub";

  /** The build: the hub's public endpoint is opened. */
  public static final class OpenedNetwork implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      return spec(hub -> hub.withPublicNetworkAccess(PublicNetworkAccess.ENABLED));
    }
  }

  /** What was released: the same hub, closed. */
  static IotNetworkSpec closed() {
    return spec(hub -> hub);
  }

  private static IotNetworkSpec spec(UnaryOperator<IotHubStages.WithOptions> edit) {
    IotHubStages.WithOptions hub = IotHub.define(HUB).withSku(IotHubSku.S1, 1)
        .definePrivateEndpoint("pe-preview").inSubnet(Subnet.existing("rg-net", "vnet-iot", "snet-pe")).attach();
    return IotNetwork.define(ID).inRegion(Region.EUROPE_WEST).withIotHub(edit.apply(hub).build()).build();
  }

  @TempDir
  Path temp;
  private final RecordingLog log = new RecordingLog();

  @Test
  void aFolderBaselineShowsTheOpenedAccessAndWritesBothFiles() throws Exception {
    DiffMojo mojo = mojo(Optional.empty());
    mojo.baseline = writeOutput(temp.resolve("earlier")).toFile();

    mojo.execute();

    assertThat(log.lines).contains("info: iot-network: network 'preview' against earlier output earlier:",
        "info: iot-network:   opens-access (1)");
    assertThat(log.lines).anyMatch(line -> line.startsWith("info: iot-network:     public-network-access-enabled: "));
    Path folder = temp.resolve("target/iot-network-diff").resolve(ID);
    assertThat(Files.readString(folder.resolve("diff.md"))).contains("| opens-access | 1 |", "`public-network-access-enabled`");
    JsonNode json = json(folder.resolve("diff.json"));
    assertThat(json.at("/summary/total").asInt()).isEqualTo(1);
    assertThat(json.at("/changes/0/rule").asText()).isEqualTo("public-network-access-enabled");
    assertThat(json.at("/baseline/kind").asText()).isEqualTo("earlier-build");
  }

  @Test
  void aZipOfTheOutputFolderAndANetworksOwnZipAreBaselinesToo() throws Exception {
    Path output = writeOutput(temp.resolve("earlier"));
    Path whole = zip(output, temp.resolve("iot-network.zip"), "iot-network/");
    Path own = temp.resolve(ID + ".zip");
    TemplateArchive.write(FolderFiles.read(output.resolve(ID)), own);

    for (Path zip : List.of(whole, own)) {
      DiffMojo mojo = mojo(Optional.empty());
      mojo.baseline = zip.toFile();
      mojo.failOn = List.of("opens-access");

      assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
          .hasMessageContaining("1 change(s) of a class in failOn (opens-access)")
          .hasMessageContaining("[preview] opens-access public-network-access-enabled: ");
      assertThat(log.lines).contains("info: iot-network: network 'preview' against earlier output " + zip.getFileName() + ":");
    }
  }

  @Test
  void failOnFailsOnlyOnTheClassesItNamesListingEveryOffendingChange() throws Exception {
    Path output = writeOutput(temp.resolve("earlier"));
    DiffMojo passing = mojo(Optional.empty());
    passing.baseline = output.toFile();
    passing.failOn = List.of("immutable,destructive");
    passing.execute();

    DiffMojo failing = mojo(Optional.empty());
    failing.baseline = output.toFile();
    failing.failOn = List.of("immutable", " opens-access ");

    assertThatThrownBy(failing::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("iot-network: 1 change(s) of a class in failOn (immutable, opens-access):\n  [preview] "
            + "opens-access public-network-access-enabled: ");
    assertThat(temp.resolve("target/iot-network-diff/preview/diff.md")).as("written before failing").exists();
  }

  @Test
  void aLiveExportIsALiveStateWhereWhatOnlyAzureHoldsIsBenign() throws Exception {
    String group = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-live/providers/";
    Path export = temp.resolve("live.json");
    Files.writeString(export, "[{\"id\": \"" + group + "Microsoft.Devices/IotHubs/" + HUB + "\", \"name\": \"" + HUB + "\","
        + " \"type\": \"Microsoft.Devices/IotHubs\", \"location\": \"westeurope\", \"sku\": {\"name\": \"S1\", \"capacity\": 1},"
        + " \"properties\": {\"publicNetworkAccess\": \"Disabled\"}},"
        + " {\"id\": \"" + group + "Microsoft.Storage/storageAccounts/stlive\", \"name\": \"stlive\","
        + " \"type\": \"Microsoft.Storage/storageAccounts\", \"location\": \"westeurope\", \"properties\": {}}]");
    DiffMojo mojo = mojo(Optional.empty());
    mojo.baselineExport = export.toFile();

    mojo.execute();

    JsonNode json = json(temp.resolve("target/iot-network-diff/preview/diff.json"));
    assertThat(json.at("/baseline/kind").asText()).isEqualTo("live-state");
    assertThat(json.at("/baseline/label").asText()).isEqualTo("export live.json");
    assertThat(json.get("changes")).anySatisfy(change -> {
      assertThat(change.get("rule").asText()).isEqualTo("public-network-access-enabled");
      assertThat(change.at("/resource/resourceGroup").asText()).isEqualTo("rg-live");
    });
    assertThat(json.get("changes")).anySatisfy(change -> {
      assertThat(change.get("rule").asText()).isEqualTo("resource-outside-template");
      assertThat(change.at("/resource/name").asText()).isEqualTo("stlive");
    });
  }

  @Test
  void byDefaultTheLatestReleaseBelowTheProjectsVersionIsTheBaseline() throws Exception {
    Path output = writeOutput(temp.resolve("released"));
    Map<String, Path> attached = Map.of(
        "1.0.0/preview.json", output.resolve(ID).resolve(GeneratedFiles.ARM_TEMPLATE),
        "1.0.0/preview.parameters.json", output.resolve(ID).resolve(GeneratedFiles.ARM_PARAMETERS));
    DiffMojo mojo = mojo(Optional.of(new FakeReleases(List.of("0.9.0", "1.0.0", "1.1.0-SNAPSHOT"), attached)));

    mojo.execute();

    assertThat(log.lines).contains("info: iot-network: network 'preview' against release 1.0.0:");
    assertThat(json(temp.resolve("target/iot-network-diff/preview/diff.json")).at("/changes/0/rule").asText())
        .isEqualTo("public-network-access-enabled");
  }

  @Test
  void baselineVersionPicksAnotherReleaseAndMustExist() throws Exception {
    DiffMojo mojo = mojo(Optional.of(new FakeReleases(List.of("0.9.0"), Map.of())));
    mojo.baselineVersion = "0.8.0";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("Version 0.8.0 of com.contoso:preview (-Diot-network.baselineVersion) is in none of the project's "
            + "repositories; name a released version");
  }

  @Test
  void withoutAReleaseTheGoalSaysSoAndSucceedsUnlessToldToFail() throws Exception {
    DiffMojo lenient = mojo(Optional.of(new FakeReleases(List.of("1.1.0-SNAPSHOT"), Map.of())));
    lenient.execute();

    assertThat(log.lines).contains("info: iot-network: no baseline to compare with (there is no released version of "
        + "com.contoso:preview below 1.1.0-SNAPSHOT); set -Diot-network.baseline (an earlier output), "
        + "-Diot-network.baselineExport (a live export) or -Diot-network.baselineVersion; nothing compared");
    assertThat(temp.resolve("target/iot-network-diff")).doesNotExist();

    DiffMojo strict = mojo(Optional.of(new FakeReleases(List.of(), Map.of())));
    strict.failOnMissingBaseline = true;
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("no baseline to compare with").hasMessageEndingWith("(iot-network.failOnMissingBaseline is set)");
  }

  @Test
  void badParametersAreClearErrorsAndNothingIsWritten() throws Exception {
    DiffMojo unknownClass = mojo(Optional.empty());
    unknownClass.baseline = writeOutput(temp.resolve("earlier")).toFile();
    unknownClass.failOn = List.of("opens-access,risky");
    assertThatThrownBy(unknownClass::execute).isInstanceOf(MojoFailureException.class).hasNoCause()
        .hasMessage("Unknown change class 'risky' in <failOn> / -Diot-network.failOn; allowed: immutable, opens-access, "
            + "destructive, closes-access, benign.");

    DiffMojo missingFile = mojo(Optional.empty());
    missingFile.baseline = temp.resolve("nowhere").toFile();
    assertThatThrownBy(missingFile::execute).isInstanceOf(MojoFailureException.class).hasNoCause()
        .hasMessageContaining("nowhere (-Diot-network.baseline) does not exist");

    DiffMojo wrongFolder = mojo(Optional.empty());
    wrongFolder.baseline = Files.createDirectories(temp.resolve("empty")).toFile();
    assertThatThrownBy(wrongFolder::execute).isInstanceOf(MojoFailureException.class).hasNoCause()
        .hasMessageContaining("holds none of the networks preview; expected <network-id>/azuredeploy.json");

    Path notJson = Files.writeString(temp.resolve("export.json"), "{ not json");
    DiffMojo badExport = mojo(Optional.empty());
    badExport.baselineExport = notJson.toFile();
    assertThatThrownBy(badExport::execute).isInstanceOf(MojoFailureException.class).hasNoCause()
        .hasMessageContaining("The baseline (export export.json) cannot be read: export.json at $: is not a JSON document");

    DiffMojo twoBaselines = mojo(Optional.empty());
    twoBaselines.baseline = temp.resolve("earlier").toFile();
    twoBaselines.baselineExport = notJson.toFile();
    assertThatThrownBy(twoBaselines::execute).isInstanceOf(MojoFailureException.class).hasNoCause()
        .hasMessage("Both iot-network.baseline and iot-network.baselineExport are set; compare with one baseline at a time");

    assertThat(temp.resolve("target/iot-network-diff")).doesNotExist();
  }

  private DiffMojo mojo(Optional<ReleaseRepository> releases) {
    DiffMojo mojo = new DiffMojo() {
      @Override
      ReleaseRepository releaseRepository() {
        return releases.orElseThrow(() -> new AssertionError("no release lookup expected"));
      }
    };
    mojo.project = new ProjectWithoutClasspath();
    mojo.definitions = List.of(OpenedNetwork.class.getName());
    mojo.diffDirectory = temp.resolve("target/iot-network-diff").toFile();
    mojo.setLog(log);
    return mojo;
  }

  /** Writes the closed hub's templates as the generate goal lays them out. */
  private static Path writeOutput(Path output) throws IOException {
    GeneratedFiles files = Generator.generate(closed()).files().orElseThrow();
    Path folder = Files.createDirectories(output.resolve(ID));
    for (String name : List.of(GeneratedFiles.ARM_TEMPLATE, GeneratedFiles.ARM_PARAMETERS, GeneratedFiles.BICEP)) {
      Files.write(folder.resolve(name), files.files().get(name));
    }
    return output;
  }

  private static Path zip(Path folder, Path zip, String prefix) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
        var walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        entries.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
        entries.write(Files.readAllBytes(file));
        entries.closeEntry();
      }
    }
    return zip;
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The project {@code com.contoso:preview:1.1.0-SNAPSHOT}; its definitions are on the test's own classpath. */
  private static final class ProjectWithoutClasspath extends MavenProject {
    ProjectWithoutClasspath() {
      setGroupId("com.contoso");
      setArtifactId("preview");
      setVersion("1.1.0-SNAPSHOT");
    }

    @Override
    public List<String> getCompileClasspathElements() {
      return List.of();
    }

    @Override
    public List<String> getRuntimeClasspathElements() {
      return List.of();
    }
  }

  /** Releases with the given versions and attached files, keyed {@code <version>/<classifier>.<extension>}. */
  private record FakeReleases(List<String> versions, Map<String, Path> attached) implements ReleaseRepository {
    @Override
    public String coordinates() {
      return "com.contoso:preview";
    }

    @Override
    public List<String> versionsBelow(String version) {
      return versions.stream().filter(candidate -> !candidate.equals(version)).toList();
    }

    @Override
    public boolean exists(String version) {
      return versions.contains(version);
    }

    @Override
    public Optional<Path> attached(String version, String classifier, String extension) {
      return Optional.ofNullable(attached.get(version + "/" + classifier + "." + extension));
    }
  }
}
