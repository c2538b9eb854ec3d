package io.iotnetwork.maven;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import org.apache.maven.plugin.logging.Log;

/** Logs diagnostics at their level, one line each: network, rule id, DSL path, source line, message, hint. */
final class DiagnosticLog {
  private DiagnosticLog() {}

  static void log(Log log, String networkId, Diagnostics diagnostics) {
    for (Diagnostic diagnostic : diagnostics.all()) {
      String line = "[" + networkId + "] " + diagnostic.describe();
      switch (diagnostic.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
  }
}
