package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import java.util.List;

/**
 * One public scanner rule, re-implemented by us on our own output from its published source (see
 * {@code docs/scanners.md}), so reviewers see before running the tool how the templates will fare.
 */
public interface ScannerRule {

  /** The rule's identity and source. */
  RuleInfo info();

  /** The rule's verdict on every resource it applies to; empty when none applies. */
  List<ScanResult> evaluate(TemplateResources template);

  /** A verdict of this rule on {@code resource}. */
  default ScanResult verdict(TemplateResources.Scanned resource, Outcome outcome, String reason) {
    return new ScanResult(info(), resource.describe(), outcome, reason);
  }
}
