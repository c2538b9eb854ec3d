package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maven's own resolver on a local repository: which releases it lists and which attached files it finds. */
class ResolverReleaseRepositoryTest {

  @TempDir
  Path local;

  @Test
  void theLatestReleaseBelowTheProjectsVersionSkipsSnapshotsAndLaterVersions() throws Exception {
    publish("0.9.0", "1.0.0", "1.1.0-SNAPSHOT", "1.2.0");

    ReleaseRepository releases = repository();

    assertThat(releases.versionsBelow("1.1.0-SNAPSHOT")).containsExactly("0.9.0", "1.0.0");
    assertThat(ReleaseBaseline.latestBelow(releases, "1.1.0-SNAPSHOT")).hasValueSatisfying(
        baseline -> assertThat(baseline.label()).isEqualTo("release 1.0.0"));
    assertThat(ReleaseBaseline.latestBelow(releases, "0.9.0")).isEmpty();
    assertThat(releases.exists("1.0.0")).isTrue();
    assertThat(releases.exists("0.8.0")).isFalse();
  }

  @Test
  void anAttachedTemplateIsFoundByNetworkIdAndAMissingOneIsEmpty() throws Exception {
    publish("1.0.0");
    Path template = Files.writeString(local.resolve("com/contoso/preview/1.0.0/preview-1.0.0-hub-a.json"), "{}");

    ReleaseRepository releases = repository();

    assertThat(releases.attached("1.0.0", "hub-a", "json")).hasValueSatisfying(
        file -> assertThat(file.toAbsolutePath()).isEqualTo(template.toAbsolutePath()));
    assertThat(releases.attached("1.0.0", "hub-b", "json")).isEmpty();
  }

  private ReleaseRepository repository() {
    RepositorySystem system = MavenRepositorySystemUtils.newServiceLocator().getService(RepositorySystem.class);
    DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
    session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(local.toFile(), "simple")));
    session.setOffline(true);
    return new ResolverReleaseRepository(system, session, List.of(), "com.contoso", "preview");
  }

  /** Installs {@code com.contoso:preview} in these versions, as the local repository lists them. */
  private void publish(String... versions) throws IOException {
    Path artifact = Files.createDirectories(local.resolve("com/contoso/preview"));
    StringBuilder metadata = new StringBuilder("<metadata><groupId>com.contoso</groupId><artifactId>preview</artifactId>"
        + "<versioning><versions>");
    for (String version : versions) {
      metadata.append("<version>").append(version).append("</version>");
      Files.writeString(Files.createDirectories(artifact.resolve(version)).resolve("preview-" + version + ".pom"),
          "<project><modelVersion>4.0.0</modelVersion><groupId>com.contoso</groupId><artifactId>preview</artifactId>"
              + "<version>" + version + "</version></project>");
    }
    Files.writeString(artifact.resolve("maven-metadata-local.xml"), metadata.append("</versions></versioning></metadata>"));
  }
}
