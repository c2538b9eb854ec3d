package io.iotnetwork.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The project's own artifact in the Maven repositories: its released versions and their attached files. */
interface ReleaseRepository {
  /** {@code groupId:artifactId}, for messages. */
  String coordinates();

  /** Every version below {@code version} that the repositories hold, lowest first, snapshots included. */
  List<String> versionsBelow(String version) throws UserError;

  /** Whether {@code version} is in the repositories. */
  boolean exists(String version) throws UserError;

  /** The file attached to {@code version} with {@code classifier} and {@code extension}, or empty when it has none. */
  Optional<Path> attached(String version, String classifier, String extension) throws UserError;
}
