package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import io.iotnetwork.generator.report.scan.TemplateResources.Scanned;
import java.util.ArrayList;
import java.util.List;

/**
 * PSRule for Azure {@code Azure.EventHub.Firewall}: skipped when {@code sku.tier} is Basic. A
 * namespace without a {@code networkRuleSets} child needs {@code publicNetworkAccess: Disabled};
 * with children, each rule set needs {@code publicNetworkAccess: Disabled} or
 * {@code defaultAction: Deny} and the namespace's own setting is ignored. It does not check that any
 * IP or network rule exists (the trusted-services firewall is then still public; see the
 * {@code namespace-deny-without-rules} diagnostic).
 */
public final class PsRuleEventHubFirewall implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("PSRule for Azure", "Azure.EventHub.Firewall",
      "Access to the namespace endpoints should be restricted to only allowed sources",
      "Azure/PSRule.Rules.Azure src/PSRule.Rules.Azure/rules/Azure.EventHub.Rule.ps1");
  private static final String RULE_SETS = "Microsoft.EventHub/namespaces/networkRuleSets";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    List<ScanResult> results = new ArrayList<>();
    List<Scanned> ruleSets = template.ofType(RULE_SETS);
    for (Scanned namespace : template.ofType("Microsoft.EventHub/namespaces")) {
      if (namespace.field("/sku/tier").text().filter("Basic"::equalsIgnoreCase).isPresent()) {
        results.add(verdict(namespace, Outcome.NOT_APPLICABLE, "sku.tier is Basic"));
        continue;
      }
      String name = namespace.field("/name").text().orElse("");
      List<Scanned> children = ruleSets.stream()
          .filter(ruleSet -> ruleSet.field("/name").text().orElse("").startsWith(name + "/")).toList();
      if (children.isEmpty()) {
        Resolved access = namespace.field("/properties/publicNetworkAccess");
        boolean disabled = access.text().filter("Disabled"::equalsIgnoreCase).isPresent();
        results.add(verdict(namespace, disabled ? Outcome.PASS : Outcome.FAIL, "no networkRuleSets child; "
            + "properties.publicNetworkAccess is " + access.show() + (disabled ? "" : "; it must be Disabled")));
      }
    }
    for (Scanned ruleSet : ruleSets) {
      Resolved access = ruleSet.field("/properties/publicNetworkAccess");
      Resolved action = ruleSet.field("/properties/defaultAction");
      boolean restricted = access.text().filter("Disabled"::equalsIgnoreCase).isPresent()
          || action.text().filter("Deny"::equalsIgnoreCase).isPresent();
      results.add(verdict(ruleSet, restricted ? Outcome.PASS : Outcome.FAIL, "rule set publicNetworkAccess is "
          + access.show() + ", defaultAction is " + action.show() + (restricted ? "" : "; one must restrict")));
    }
    return results;
  }
}
