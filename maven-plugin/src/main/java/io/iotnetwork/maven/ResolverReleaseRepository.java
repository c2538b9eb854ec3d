package io.iotnetwork.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/** {@link ReleaseRepository} through Maven's resolver, with the project's repositories and the build's session. */
final class ResolverReleaseRepository implements ReleaseRepository {
  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;
  private final String groupId;
  private final String artifactId;

  ResolverReleaseRepository(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
      String groupId, String artifactId) {
    this.system = system;
    this.session = session;
    this.repositories = List.copyOf(repositories);
    this.groupId = groupId;
    this.artifactId = artifactId;
  }

  @Override
  public String coordinates() {
    return groupId + ":" + artifactId;
  }

  @Override
  public List<String> versionsBelow(String version) throws UserError {
    return range("[0," + version + ")").getVersions().stream().map(Version::toString).toList();
  }

  @Override
  public boolean exists(String version) throws UserError {
    return !range("[" + version + "]").getVersions().isEmpty();
  }

  private VersionRangeResult range(String range) throws UserError {
    VersionRangeRequest request = new VersionRangeRequest(new DefaultArtifact(groupId, artifactId, "pom", range),
        repositories, "iot-network");
    try {
      return system.resolveVersionRange(session, request);
    } catch (VersionRangeResolutionException e) {
      throw new UserError("The versions of " + coordinates() + " in " + range + " cannot be listed: " + e.getMessage());
    }
  }

  @Override
  public Optional<Path> attached(String version, String classifier, String extension) throws UserError {
    ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(groupId, artifactId, classifier, extension, version),
        repositories, "iot-network");
    try {
      return Optional.of(system.resolveArtifact(session, request).getArtifact().getFile().toPath());
    } catch (ArtifactResolutionException e) {
      ArtifactResult result = e.getResult();
      if (result != null && result.isMissing()) {
        return Optional.empty();
      }
      throw new UserError("The baseline " + request.getArtifact() + " cannot be resolved: " + e.getMessage());
    }
  }
}
