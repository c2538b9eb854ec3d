package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/**
 * A target's minimum TLS version ({@code minimumTlsVersion}: {@code TLS1_2} on storage, {@code 1.2} on
 * namespaces) is lowered or raised. The hub's {@code minTlsVersion} is create-only and is classified
 * as such before this rule is asked.
 */
public final class TlsMinimumRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isEmpty() || !(property.get().endsWith("properties", "minimumTlsVersion")
        || property.get().endsWith("properties", "minTlsVersion"))) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    double before = version(change.beforeText());
    double after = version(change.afterText());
    if (after < before) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "tls-minimum-lowered", "the minimum TLS version of " + resource.label()
          + " goes down from " + Changes.shown(change.before()) + " to " + Changes.shown(change.after()));
    }
    return after > before
        ? Changes.verdict(RiskClass.CLOSES_ACCESS, "tls-minimum-raised", "the minimum TLS version of " + resource.label()
            + " goes up to " + Changes.shown(change.after()))
        : Optional.empty();
  }

  /** {@code TLS1_2} and {@code 1.2} are 1.2; absent is 0, which any stated minimum exceeds. */
  private static double version(String text) {
    String digits = text.replaceAll("[^0-9_.]", "").replace('_', '.');
    try {
      return digits.isEmpty() ? 0 : Double.parseDouble(digits);
    } catch (NumberFormatException unreadable) {
      return 0;
    }
  }
}
