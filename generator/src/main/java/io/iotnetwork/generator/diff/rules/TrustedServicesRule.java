package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A target's "trusted Microsoft services" exception is dropped (storage {@code networkAcls.bypass}
 * loses {@code AzureServices}; a namespace's {@code trustedServiceAccessEnabled} goes off): the
 * firewall was shaped around the hub's identity and is loosened or replaced by other access.
 */
public final class TrustedServicesRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (property.isEmpty()) {
      return Optional.empty();
    }
    PropertyChange change = property.get();
    boolean bypassDropped = change.endsWith("networkAcls", "bypass")
        && has(change.beforeText(), "azureservices") && !has(change.afterText(), "azureservices");
    boolean trustDropped = change.endsWith("properties", "trustedServiceAccessEnabled") && Changes.turnedOff(change);
    if (!bypassDropped && !trustDropped) {
      return Optional.empty();
    }
    return Changes.verdict(RiskClass.OPENS_ACCESS, "trusted-services-dropped", "the trusted Microsoft services exception of "
        + resource.label() + " is dropped (" + change.path() + " goes from " + Changes.shown(change.before()) + " to "
        + Changes.shown(change.after()) + "): the hub can reach it only if its firewall is opened wider");
  }

  private static boolean has(String bypass, String service) {
    return List.of(bypass.toLowerCase(Locale.ROOT).replace(" ", "").split(",")).contains(service);
  }
}
