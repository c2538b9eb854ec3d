package io.iotnetwork.generator.diff;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The changes of one risk class, in the order every printed form lists them: by resource, then
 * property path, rule id and reason, so the output is the same on every run.
 */
public record ChangeGroup(RiskClass riskClass, List<ClassifiedChange> changes) {
  private static final Comparator<ClassifiedChange> ORDER = Comparator
      .comparing((ClassifiedChange change) -> change.resource().label())
      .thenComparing(change -> change.property().map(PropertyChange::path).orElse(""))
      .thenComparing(change -> change.classification().ruleId())
      .thenComparing(change -> change.classification().reason());

  public ChangeGroup {
    requireNonNull(riskClass, "riskClass");
    changes = List.copyOf(changes);
  }

  /** One group per class, most serious first, each sorted; a class without changes has an empty group. */
  public static List<ChangeGroup> of(List<ClassifiedChange> changes) {
    return Arrays.stream(RiskClass.values()).map(riskClass -> new ChangeGroup(riskClass,
        changes.stream().filter(change -> change.riskClass() == riskClass).sorted(ORDER).toList())).toList();
  }

  /** Every change in the printed order: most serious class first, each class sorted. */
  public static List<ClassifiedChange> inOrder(List<ClassifiedChange> changes) {
    return of(changes).stream().flatMap(group -> group.changes().stream()).toList();
  }

  /** Only the groups that hold a change, most serious first. */
  public static List<ChangeGroup> nonEmpty(List<ClassifiedChange> changes) {
    return of(changes).stream().filter(group -> !group.changes().isEmpty()).toList();
  }

  /** How many changes the group holds. */
  public int count() {
    return changes.size();
  }
}
