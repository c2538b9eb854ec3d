package io.iotnetwork.generator.report;

import io.iotnetwork.generator.diff.ChangeGroup;
import io.iotnetwork.generator.diff.ChangePreview;
import io.iotnetwork.generator.diff.ClassifiedChange;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The report's "Changes" section: the baseline, a count per risk class, then every change, most
 * serious class first in {@link ChangeGroup}'s order. {@code cssClass} reuses the diagnostics'
 * row colours: {@code error} for what fails a deployment or opens access, {@code warning} for what
 * removes state.
 */
record ChangesView(String baseline, String summary, List<ClassCount> classes, List<ChangeRow> rows) {
  /** What the property column says for a created or deleted resource. */
  static final String WHOLE_RESOURCE = "(resource)";

  /** {@code preview} with every text passed through {@code cell} (the report's own escaping of table cells). */
  static ChangesView of(ChangePreview preview, UnaryOperator<String> cell) {
    List<ChangeGroup> groups = preview.groups();
    int total = preview.changes().size();
    return new ChangesView(cell.apply(preview.baselineLabel()),
        total == 0 ? "no changes" : total + (total == 1 ? " change" : " changes"),
        groups.stream().map(group -> new ClassCount(group.riskClass().id(), group.count(),
            group.count() == 0 ? "" : cssClass(group.riskClass()))).toList(),
        groups.stream().flatMap(group -> group.changes().stream()).map(change -> row(change, cell)).toList());
  }

  public boolean hasChanges() {
    return !rows.isEmpty();
  }

  private static ChangeRow row(ClassifiedChange change, UnaryOperator<String> cell) {
    boolean created = change.resource().kind() == ResourceChange.Kind.CREATE;
    String path = change.property().map(PropertyChange::path).orElse(WHOLE_RESOURCE);
    String before = change.property().map(PropertyChange::describedBefore).orElse(created ? "(absent)" : "(present)");
    String after = change.property().map(PropertyChange::describedAfter).orElse(created ? "(present)" : "(absent)");
    return new ChangeRow(cell.apply(change.resource().label()), cell.apply(path), cell.apply(before), cell.apply(after),
        change.riskClass().id(), change.classification().ruleId(), cell.apply(change.classification().reason()),
        String.join(" ", Stream.of("change", cssClass(change.riskClass())).filter(name -> !name.isEmpty()).toList()));
  }

  private static String cssClass(RiskClass riskClass) {
    return switch (riskClass) {
      case IMMUTABLE, OPENS_ACCESS -> "error";
      case DESTRUCTIVE -> "warning";
      case CLOSES_ACCESS, BENIGN -> "";
    };
  }

  record ClassCount(String riskClass, int count, String cssClass) {}

  /** One change; {@code cssClass} is the row's class attribute ({@code change}, and its colour). */
  record ChangeRow(String resource, String path, String before, String after, String riskClass, String ruleId,
      String reason, String cssClass) {}
}
