package io.iotnetwork.maven;

import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.generator.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs each network's diagnostics and fails the build when any has an error, or a warning with
 * {@code failOnWarning}: for freshly compiled networks and for those an up-to-date build replays.
 */
final class DiagnosticVerdict {
  private DiagnosticVerdict() {}

  /**
   * Logs {@code byNetwork} (diagnostics by network id) and throws when they fail the build;
   * {@code outcome} tells what happened to the output, e.g. "nothing was written".
   */
  static void logAndJudge(Log log, Map<String, Diagnostics> byNetwork, boolean failOnWarning, String outcome)
      throws Failure {
    int errors = 0;
    int warnings = 0;
    List<String> failed = new ArrayList<>();
    for (Map.Entry<String, Diagnostics> network : byNetwork.entrySet()) {
      DiagnosticLog.log(log, network.getKey(), network.getValue());
      int networkErrors = network.getValue().ofSeverity(Severity.ERROR).size();
      if (networkErrors > 0) {
        failed.add(network.getKey());
      }
      errors += networkErrors;
      warnings += network.getValue().ofSeverity(Severity.WARNING).size();
    }
    if (errors > 0 || (failOnWarning && warnings > 0)) {
      throw new Failure("iot-network: " + errors + " error(s) and " + warnings + " warning(s) in "
          + byNetwork.size() + " network definition(s), listed above" + (errors == 0 ? " (failOnWarning is set)" : "")
          + "; " + outcome + ".", failed);
    }
  }

  /** The build failure, with the networks that have an error (none when only warnings failed it). */
  static final class Failure extends MojoFailureException {
    private static final long serialVersionUID = 1L;
    private final List<String> networksWithErrors;

    Failure(String message, List<String> networksWithErrors) {
      super(message);
      this.networksWithErrors = List.copyOf(networksWithErrors);
    }

    List<String> networksWithErrors() {
      return networksWithErrors;
    }
  }
}
