package io.iotnetwork.generator.diff;

import io.iotnetwork.generator.diff.rules.BuiltInEndpointFilterRule;
import io.iotnetwork.generator.diff.rules.CreateOnlyPropertyRule;
import io.iotnetwork.generator.diff.rules.DefaultActionRule;
import io.iotnetwork.generator.diff.rules.FallbackRouteRule;
import io.iotnetwork.generator.diff.rules.HubStateRemovedRule;
import io.iotnetwork.generator.diff.rules.IpRuleRule;
import io.iotnetwork.generator.diff.rules.LocalAuthRule;
import io.iotnetwork.generator.diff.rules.OutboundRestrictionRule;
import io.iotnetwork.generator.diff.rules.OutsideTemplateRule;
import io.iotnetwork.generator.diff.rules.PrivateEndpointRule;
import io.iotnetwork.generator.diff.rules.PublicNetworkAccessRule;
import io.iotnetwork.generator.diff.rules.ResourceLifecycleRule;
import io.iotnetwork.generator.diff.rules.RoleWidenedRule;
import io.iotnetwork.generator.diff.rules.SkuTransitionRule;
import io.iotnetwork.generator.diff.rules.TlsMinimumRule;
import io.iotnetwork.generator.diff.rules.TrustedServicesRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gives every change exactly one class and a reason: each created or deleted resource, and each
 * property of a modified one. The rules are asked in order, so what fails a deployment
 * (immutable) is named before what opens access, which is named before what removes state; a
 * change no rule recognizes is listed as benign with its path, never dropped.
 */
public final class ChangeClassifier {
  private static final List<RiskRule> RULES = List.of(
      new CreateOnlyPropertyRule(),
      new SkuTransitionRule(),
      new PrivateEndpointRule(),
      new PublicNetworkAccessRule(),
      new LocalAuthRule(),
      new IpRuleRule(),
      new DefaultActionRule(),
      new BuiltInEndpointFilterRule(),
      new TrustedServicesRule(),
      new RoleWidenedRule(),
      new OutboundRestrictionRule(),
      new TlsMinimumRule(),
      new FallbackRouteRule(),
      new HubStateRemovedRule(),
      new ResourceLifecycleRule());

  private static final List<RiskRule> LIVE_STATE_RULES = Stream.concat(
      Stream.of(new OutsideTemplateRule()), RULES.stream()).toList();

  private ChangeClassifier() {}

  /**
   * The classified changes against an earlier build, in the order of {@code changes} and their
   * properties.
   */
  public static List<ClassifiedChange> classify(List<ResourceChange> changes) {
    return classify(changes, BaselineKind.EARLIER_BUILD);
  }

  /**
   * The classified changes against a baseline of {@code kind}, in the order of {@code changes} and
   * their properties.
   */
  public static List<ClassifiedChange> classify(List<ResourceChange> changes, BaselineKind kind) {
    List<RiskRule> rules = kind == BaselineKind.LIVE_STATE ? LIVE_STATE_RULES : RULES;
    List<ClassifiedChange> classified = new ArrayList<>();
    for (ResourceChange change : changes) {
      if (change.kind() == ResourceChange.Kind.MODIFY) {
        change.properties().forEach(property ->
            classified.add(new ClassifiedChange(change, Optional.of(property), decide(rules, change, Optional.of(property), changes))));
      } else {
        classified.add(new ClassifiedChange(change, Optional.empty(), decide(rules, change, Optional.empty(), changes)));
      }
    }
    return classified;
  }

  private static Classification decide(List<RiskRule> rules, ResourceChange change, Optional<PropertyChange> property, List<ResourceChange> all) {
    for (RiskRule rule : rules) {
      Optional<Classification> verdict = rule.classify(change, property, all);
      if (verdict.isPresent()) {
        return verdict.get();
      }
    }
    PropertyChange unrecognized = property.orElseThrow(() -> new IllegalStateException(
        "bug: ResourceLifecycleRule classifies every created or deleted resource"));
    return new Classification(RiskClass.BENIGN, "property-changed", unrecognized.path() + " of " + change.label() + " goes from "
        + unrecognized.describedBefore() + " to " + unrecognized.describedAfter());
  }
}
