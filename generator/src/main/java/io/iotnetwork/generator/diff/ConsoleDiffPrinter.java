package io.iotnetwork.generator.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The console form of a change preview: one line per change, grouped by class (most serious
 * first), each group headed by its class and count, in {@link ChangeGroup}'s order so the output
 * is the same on every run.
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
    for (ChangeGroup group : ChangeGroup.nonEmpty(changes)) {
      lines.add("  " + group.riskClass().id() + " (" + group.count() + ")");
      group.changes().forEach(change -> lines.add("    " + line(change)));
    }
    return lines;
  }

  private static String line(ClassifiedChange change) {
    return change.classification().ruleId() + ": " + change.classification().reason();
  }
}
