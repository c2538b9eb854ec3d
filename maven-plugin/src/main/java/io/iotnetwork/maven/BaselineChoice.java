package io.iotnetwork.maven;

import java.io.File;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The baseline the user asked for ({@code baseline}, {@code baselineExport}, {@code baselineVersion},
 * or by default the latest release), checked before anything runs and turned into a
 * {@link BaselineLocator}; any goal that compares with a baseline reads its parameters into one.
 *
 * @param baseline        an earlier output (folder or zip), or null
 * @param baselineExport  a live export (file or folder), or null
 * @param baselineVersion a released version, or null for the latest
 */
record BaselineChoice(File baseline, File baselineExport, String baselineVersion) {

  /** Refuses contradicting parameters and files that do not exist. */
  void check() throws UserError {
    if (baseline != null && baselineExport != null) {
      throw new UserError("Both " + PluginProperties.BASELINE + " and " + PluginProperties.BASELINE_EXPORT
          + " are set; compare with one baseline at a time");
    }
    if (version().isPresent() && (baseline != null || baselineExport != null)) {
      throw new UserError(PluginProperties.BASELINE_VERSION + " picks a release, but a baseline file is set too ("
          + PluginProperties.BASELINE + " or " + PluginProperties.BASELINE_EXPORT + "); set one of them");
    }
    if (baseline != null && !Files.exists(baseline.toPath())) {
      throw new UserError("The baseline " + baseline + " (-D" + PluginProperties.BASELINE + ") does not exist; give the "
          + "folder or a zip of an earlier iot-network output (the target/iot-network of an earlier build)");
    }
    if (baselineExport != null && !Files.exists(baselineExport.toPath())) {
      throw new UserError("The baseline export " + baselineExport + " (-D" + PluginProperties.BASELINE_EXPORT
          + ") does not exist; give the JSON of az iot hub show, az resource show or az group export");
    }
  }

  /**
   * The chosen baseline for a project of {@code networkCount} networks at {@code projectVersion}, or
   * empty when it is the latest release and there is none.
   */
  Optional<BaselineLocator> locator(int networkCount, String projectVersion, Supplier<ReleaseRepository> releases)
      throws UserError {
    if (baseline != null) {
      return Optional.of(OutputBaseline.at(baseline.toPath(), networkCount));
    }
    if (baselineExport != null) {
      return Optional.of(new ExportBaseline(baselineExport.toPath()));
    }
    if (version().isPresent()) {
      return Optional.of(ReleaseBaseline.of(releases.get(), version().get()));
    }
    return ReleaseBaseline.latestBelow(releases.get(), projectVersion).map(BaselineLocator.class::cast);
  }

  private Optional<String> version() {
    return Optional.ofNullable(baselineVersion).map(String::strip).filter(version -> !version.isEmpty());
  }
}
