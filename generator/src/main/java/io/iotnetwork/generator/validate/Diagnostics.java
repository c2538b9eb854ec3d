package io.iotnetwork.generator.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of one generation, in a stable order: by severity, then path, then rule id.
 *
 * @param all every diagnostic
 */
public record Diagnostics(List<Diagnostic> all) {
  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::severity)
      .thenComparing(Diagnostic::path)
      .thenComparing(Diagnostic::ruleId)
      .thenComparing(Diagnostic::message);

  public Diagnostics {
    all = all.stream().sorted(ORDER).toList();
  }

  /** No findings. */
  public static Diagnostics none() {
    return new Diagnostics(List.of());
  }

  /** These findings and {@code more}. */
  public Diagnostics plus(List<Diagnostic> more) {
    List<Diagnostic> joined = new ArrayList<>(all);
    joined.addAll(more);
    return new Diagnostics(joined);
  }

  /** True when any finding is an error. */
  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The findings of {@code severity}. */
  public List<Diagnostic> ofSeverity(Severity severity) {
    return all.stream().filter(d -> d.severity() == severity).toList();
  }

  /** Every finding rendered, one per line. */
  public String render() {
    StringBuilder out = new StringBuilder();
    all.forEach(d -> out.append(d.render()).append('\n'));
    return out.toString();
  }
}
