package io.iotnetwork.generator.diff;

import java.util.List;

/**
 * diff.md, ready as a pull-request comment: a summary table of the changes per class, then the
 * details per class (most serious first), in {@link ChangeGroup}'s order so the text is the same on
 * every run.
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
    List<ChangeGroup> groups = ChangeGroup.of(changes);
    groups.forEach(group -> out.append("| ").append(group.riskClass().id()).append(" | ").append(group.count()).append(" |\n"));
    for (ChangeGroup group : groups) {
      if (group.changes().isEmpty()) {
        continue;
      }
      out.append("\n### ").append(group.riskClass().id()).append("\n\n| rule | resource | what changes |\n| --- | --- | --- |\n");
      group.changes().forEach(change -> out.append("| `").append(change.classification().ruleId()).append("` | ")
          .append(cell(change.resource().label())).append(" | ").append(cell(change.classification().reason())).append(" |\n"));
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
