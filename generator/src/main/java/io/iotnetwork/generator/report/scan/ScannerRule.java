package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import java.util.List;
import java.util.function.Function;

/**
 * One public scanner rule, re-implemented by us on our own output from its published source (see
 * {@code docs/scanners.md}), so reviewers see before running the tool how the templates will fare.
 */
public interface ScannerRule {

  /** The rule's identity and source. */
  RuleInfo info();

  /** The rule's verdict on every resource it applies to; empty when none applies. */
  List<ScanResult> evaluate(TemplateResources template);

  /** {@code check}'s verdict on every resource of {@code type} in {@code template}. */
  default List<ScanResult> each(TemplateResources template, String type,
      Function<TemplateResources.Scanned, ScanResult> check) {
    return template.ofType(type).stream().map(check).toList();
  }

  /** A verdict of this rule on {@code resource}. */
  default ScanResult verdict(TemplateResources.Scanned resource, Outcome outcome, String reason) {
    return new ScanResult(info(), resource.describe(), outcome, reason);
  }
}
