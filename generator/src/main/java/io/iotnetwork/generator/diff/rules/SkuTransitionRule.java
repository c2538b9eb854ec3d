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
 * A hub's SKU moves where Azure does not allow it (azure-facts §11): between Free and a paid SKU
 * ("cannot transition between free and the paid skus"), or from Standard to Basic.
 */
public final class SkuTransitionRule implements RiskRule {
  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (!resource.isA(Changes.HUB) || property.isEmpty() || !property.get().startsWith("sku", "name")
        || property.get().segments().size() != 2) {
      return Optional.empty();
    }
    String from = property.get().beforeText().toUpperCase(Locale.ROOT);
    String to = property.get().afterText().toUpperCase(Locale.ROOT);
    boolean freeBoundary = from.startsWith("F") != to.startsWith("F");
    boolean standardToBasic = from.startsWith("S") && to.startsWith("B");
    if (!freeBoundary && !standardToBasic) {
      return Optional.empty();
    }
    return Changes.verdict(RiskClass.IMMUTABLE, "forbidden-sku-transition", resource.label() + " moves from SKU "
        + from + " to " + to + (freeBoundary ? ", but a hub cannot move between Free and a paid SKU (SKU-VALID)"
            : ", but a Standard hub cannot move to Basic (UPGRADE)") + ": the deployment fails");
  }
}
