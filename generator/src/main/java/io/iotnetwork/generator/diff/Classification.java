package io.iotnetwork.generator.diff;

import static java.util.Objects.requireNonNull;

/** A risk rule's verdict on one change: the class, the rule that decided it, and why, in words a reviewer reads. */
public record Classification(RiskClass riskClass, String ruleId, String reason) {
  public Classification {
    requireNonNull(riskClass, "riskClass");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(reason, "reason");
  }
}
