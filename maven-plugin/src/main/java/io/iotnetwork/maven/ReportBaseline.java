package io.iotnetwork.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The baseline the generate goal compares each network with for the reports' "Changes" section: an
 * earlier output ({@code iot-network.baseline}, folder or zip) or a live export
 * ({@code iot-network.baselineExport}), read by the diff goal's locators. Without either, the reports
 * have no such section; the latest release is the diff goal's default only, so that generating stays
 * offline and its output depends on the definitions alone.
 */
final class ReportBaseline {
  private final BaselineChoice choice;

  ReportBaseline(File baseline, File baselineExport) {
    this.choice = new BaselineChoice(baseline, baselineExport, null);
  }

  /** True when a baseline is given. */
  boolean given() {
    return choice.baseline() != null || choice.baselineExport() != null;
  }

  /** Refuses contradicting parameters and files that do not exist. */
  void check() throws UserError {
    if (given()) {
      choice.check();
    }
  }

  /**
   * What the build fingerprint holds of the baseline: its path and a SHA-256 of its contents, so that
   * a changed baseline regenerates the reports; empty without one.
   */
  List<String> fingerprintInputs() {
    if (!given()) {
      return List.of();
    }
    Path location = (choice.baseline() != null ? choice.baseline() : choice.baselineExport()).toPath();
    return List.of("report baseline " + location.toAbsolutePath().normalize() + " " + BuildFingerprint.contentsOf(location));
  }

  /** Where the baselines of a project of {@code networkCount} networks come from; empty without one. */
  Optional<BaselineLocator> locator(int networkCount) throws UserError {
    return given() ? choice.locator(networkCount, "", () -> {
      throw new IllegalStateException("bug: a report baseline is a file, never a release");
    }) : Optional.empty();
  }
}
