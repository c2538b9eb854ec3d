package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Optional;

/** Shared-access-signature authentication is re-allowed ({@code disableLocalAuth}, {@code disableDeviceSAS}, {@code disableModuleSAS} off) or blocked. */
public final class LocalAuthRule implements RiskRule {
  private static final List<String> FLAGS = List.of("disableLocalAuth", "disableDeviceSAS", "disableModuleSAS");

  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    Optional<String> flag = property.flatMap(change -> FLAGS.stream().filter(name -> change.endsWith("properties", name)).findFirst());
    if (flag.isEmpty()) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    if (Changes.turnedOff(change)) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "local-auth-re-allowed", flag.get() + " of " + resource.label()
          + " goes from true to " + Changes.shown(change.after()) + ": SAS keys it blocked can authenticate again");
    }
    if (Changes.turnedOn(change)) {
      return Changes.verdict(RiskClass.CLOSES_ACCESS, "local-auth-disabled", flag.get() + " of " + resource.label()
          + " is set: those SAS keys can no longer authenticate");
    }
    return Optional.empty();
  }
}
