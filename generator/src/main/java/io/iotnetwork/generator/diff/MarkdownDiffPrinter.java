package io.iotnetwork.generator.diff;

import java.util.Comparator;
import java.util.List;

/**
 * diff.md, ready as a pull-request comment: a summary table of the changes per class, then the
 * details per class (most serious first), sorted so the text is the same on every run.
 */
public final class MarkdownDiffPrinter {
  private MarkdownDiffPrinter() {}

  /** The Markdown for one network's changes against a baseline described by {@code baseline}. */
  public static String print(String networkId, String baseline, List<ClassifiedChange> changes) {
    StringBuilder out = new StringBuilder();
    out.append("## Changes of `").append(cell(networkId)).append("`\n\n");
    out.append("Against ").append(cell(baseline)).append(": ")
        .append(changes.isEmpty() ? "no changes." : changes.size() + (changes.size() == 1 ? " change." : " changes.")).append("\n");
    if (changes.isEmpty()) {
      return out.toString();
    }
    out.append("\n| class | changes |\n| --- | ---: |\n");
    for (RiskClass riskClass : RiskClass.values()) {
      long count = changes.stream().filter(change -> change.riskClass() == riskClass).count();
      out.append("| ").append(riskClass.id()).append(" | ").append(count).append(" |\n");
    }
    for (RiskClass riskClass : RiskClass.values()) {
      List<ClassifiedChange> group = changes.stream().filter(change -> change.riskClass() == riskClass)
          .sorted(Comparator.comparing((ClassifiedChange change) -> change.resource().label())
              .thenComparing(change -> change.classification().ruleId())
              .thenComparing(change -> change.classification().reason()))
          .toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append("\n### ").append(riskClass.id()).append("\n\n| rule | resource | what changes |\n| --- | --- | --- |\n");
      group.forEach(change -> out.append("| `").append(change.classification().ruleId()).append("` | ")
          .append(cell(change.resource().label())).append(" | ").append(cell(change.classification().reason())).append(" |\n"));
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
