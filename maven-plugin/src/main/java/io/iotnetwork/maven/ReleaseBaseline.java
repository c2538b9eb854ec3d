package io.iotnetwork.maven;

import io.iotnetwork.generator.diff.BaselineKind;
import io.iotnetwork.generator.diff.ChangeBaseline;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The templates a released version of the project attached (classifier = network id, types
 * {@code json} and {@code parameters.json}): by default the highest version below the project's
 * that is not a SNAPSHOT, as japicmp and revapi choose theirs.
 */
final class ReleaseBaseline implements BaselineLocator {
  private final ReleaseRepository repository;
  private final String version;

  private ReleaseBaseline(ReleaseRepository repository, String version) {
    this.repository = repository;
    this.version = version;
  }

  /** The latest release below {@code projectVersion}, or empty when there is none. */
  static Optional<ReleaseBaseline> latestBelow(ReleaseRepository repository, String projectVersion) throws UserError {
    List<String> releases = repository.versionsBelow(projectVersion).stream()
        .filter(version -> !version.endsWith("-SNAPSHOT")).toList();
    return releases.isEmpty() ? Optional.empty()
        : Optional.of(new ReleaseBaseline(repository, releases.get(releases.size() - 1)));
  }

  /** Version {@code version}, which the repositories must hold. */
  static ReleaseBaseline of(ReleaseRepository repository, String version) throws UserError {
    if (!repository.exists(version)) {
      throw new UserError("Version " + version + " of " + repository.coordinates() + " (-D"
          + PluginProperties.BASELINE_VERSION + ") is in none of the project's repositories; name a released version");
    }
    return new ReleaseBaseline(repository, version);
  }

  @Override
  public String label() {
    return "release " + version;
  }

  @Override
  public BaselineKind kind() {
    return BaselineKind.EARLIER_BUILD;
  }

  @Override
  public String layout() {
    return repository.coordinates() + ":" + version + " artifacts of type json with the network id as classifier";
  }

  @Override
  public Optional<ChangeBaseline> find(String networkId) throws UserError {
    Optional<Path> template = repository.attached(version, networkId, "json");
    if (template.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> parameters = repository.attached(version, networkId, "parameters.json");
    return Optional.of(new ChangeBaseline(label(), BaselineReader.read(template.get(), parameters, label()),
        BaselineKind.EARLIER_BUILD));
  }
}
