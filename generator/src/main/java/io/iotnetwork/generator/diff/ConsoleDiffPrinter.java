package io.iotnetwork.generator.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The console form of a change preview: one line per change, grouped by class (most serious
 * first), each group headed by its class and count; within a group, lines sort by text so the
 * output is the same on every run.
 */
public final class ConsoleDiffPrinter {
  private ConsoleDiffPrinter() {}

  /** The lines for one network's changes, or one line saying there are none. */
  public static List<String> lines(String networkId, List<ClassifiedChange> changes) {
    List<String> lines = new ArrayList<>();
    if (changes.isEmpty()) {
      lines.add(networkId + ": no changes");
      return lines;
    }
    lines.add(networkId + ": " + changes.size() + (changes.size() == 1 ? " change" : " changes"));
    for (RiskClass riskClass : RiskClass.values()) {
      List<String> group = changes.stream().filter(change -> change.riskClass() == riskClass)
          .map(ConsoleDiffPrinter::line).sorted(Comparator.naturalOrder()).toList();
      if (!group.isEmpty()) {
        lines.add("  " + riskClass.id() + " (" + group.size() + ")");
        group.forEach(line -> lines.add("    " + line));
      }
    }
    return lines;
  }

  private static String line(ClassifiedChange change) {
    return change.classification().ruleId() + ": " + change.classification().reason();
  }
}
