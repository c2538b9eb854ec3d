package io.iotnetwork.generator.report.scan;

import static java.util.Objects.requireNonNull;

/**
 * How one scanner rule judges one resource of the generated templates.
 *
 * @param rule      the rule
 * @param resource  the resource judged, e.g. {@code Microsoft.Storage/storageAccounts 'st' (main template)}
 * @param outcome   the verdict
 * @param reason    why, with the property and value read
 */
public record ScanResult(RuleInfo rule, String resource, Outcome outcome, String reason) {

  /** The verdict. */
  public enum Outcome {
    /** The rule's logic passes on the template. */
    PASS,
    /** The rule's logic fails on the template. */
    FAIL,
    /** The rule's own precondition excludes the resource; the tool would skip it. */
    NOT_APPLICABLE,
    /** The outcome cannot be known from the template (runtime state, unresolved expression). */
    NOT_EVALUATED
  }

  public ScanResult {
    requireNonNull(rule);
    requireNonNull(resource);
    requireNonNull(outcome);
    requireNonNull(reason);
  }

  /**
   * A scanner rule's identity and where its logic was read.
   *
   * @param tool    PSRule for Azure, Checkov (ARM) or Azure Policy
   * @param id      the rule's real id (for a policy, its definition id)
   * @param title   what it checks, in the tool's words
   * @param source  the published file its logic was taken from
   */
  public record RuleInfo(String tool, String id, String title, String source) {
    public RuleInfo {
      requireNonNull(tool);
      requireNonNull(id);
      requireNonNull(title);
      requireNonNull(source);
    }
  }
}
