package io.iotnetwork.generator.diff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One change with its class: a resource created or deleted ({@code property} empty), or one
 * property of a modified resource.
 */
public record ClassifiedChange(ResourceChange resource, Optional<PropertyChange> property, Classification classification) {
  public ClassifiedChange {
    requireNonNull(resource, "resource");
    requireNonNull(property, "property");
    requireNonNull(classification, "classification");
  }

  /** The change's class. */
  public RiskClass riskClass() {
    return classification.riskClass();
  }
}
