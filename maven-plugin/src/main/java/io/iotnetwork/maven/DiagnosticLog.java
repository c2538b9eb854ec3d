package io.iotnetwork.maven;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs diagnostics at their level, one line each: network, rule id, DSL path, source line, message,
 * hint. Every error and warning is logged; of a fleet's many identical notes, the first few of each
 * rule are, then one line says how many more there are (all of them at debug level, and in report.md).
 */
final class DiagnosticLog {
  /** The notes of one rule logged at info level before the rest go to debug. */
  static final int INFOS_PER_RULE = 3;

  private DiagnosticLog() {}

  static void log(Log log, String networkId, Diagnostics diagnostics) {
    Map<String, Integer> infos = new LinkedHashMap<>();
    for (Diagnostic diagnostic : diagnostics.all()) {
      String line = "[" + networkId + "] " + diagnostic.describe();
      switch (diagnostic.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> {
          if (infos.merge(diagnostic.ruleId(), 1, Integer::sum) <= INFOS_PER_RULE) {
            log.info(line);
          } else {
            log.debug(line);
          }
        }
      }
    }
    infos.forEach((rule, count) -> {
      if (count > INFOS_PER_RULE) {
        log.info("[" + networkId + "] ... and " + (count - INFOS_PER_RULE) + " more " + rule + " notes like these "
            + "(mvn -X shows them; report.md lists every one)");
      }
    });
  }
}
