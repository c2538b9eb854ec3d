package io.iotnetwork.maven;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs diagnostics at their level, one line each: network, rule id, DSL path, source line, message,
 * hint, each line escaped by {@link LogText}. Every error and warning is logged. A rule with more than {@value #INFOS_SHOWN_IN_FULL} notes
 * (one per hub of a large definition) has its first {@value #INFOS_PER_RULE} logged at info level,
 * the rest at debug level, and one line saying how many there are.
 */
final class DiagnosticLog {
  /** Notes of one rule that are all logged at info level. */
  static final int INFOS_SHOWN_IN_FULL = 5;
  /** Notes of one rule logged at info level when it has more. */
  static final int INFOS_PER_RULE = 3;

  private DiagnosticLog() {}

  static void log(Log log, String networkId, Diagnostics diagnostics) {
    Map<String, Long> perRule = new LinkedHashMap<>();
    diagnostics.all().forEach(diagnostic -> perRule.merge(diagnostic.ruleId(), 1L, Long::sum));
    Map<String, Integer> infos = new LinkedHashMap<>();
    for (Diagnostic diagnostic : diagnostics.all()) {
      String line = LogText.escape("[" + networkId + "] " + diagnostic.describe());
      switch (diagnostic.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> {
          if (perRule.get(diagnostic.ruleId()) <= INFOS_SHOWN_IN_FULL
              || infos.merge(diagnostic.ruleId(), 1, Integer::sum) <= INFOS_PER_RULE) {
            log.info(line);
          } else {
            log.debug(line);
          }
        }
      }
    }
    infos.forEach((rule, count) -> {
      if (count > INFOS_PER_RULE) {
        log.info(LogText.escape("[" + networkId + "] ... and " + (count - INFOS_PER_RULE) + " more " + rule
            + " notes like these (mvn -X shows them all)"));
      }
    });
  }
}
