package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import java.util.List;

/**
 * PSRule for Azure {@code Azure.Storage.Firewall}: {@code properties.networkAcls.defaultAction}
 * must equal {@code deny}, case-insensitively; absent fails. Accounts tagged
 * {@code ms-resource-usage: azure-cloud-shell} are skipped.
 */
public final class PsRuleStorageFirewall implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("PSRule for Azure", "Azure.Storage.Firewall",
      "Storage Accounts should only accept explicitly allowed traffic",
      "Azure/PSRule.Rules.Azure src/PSRule.Rules.Azure/rules/Azure.Storage.Rule.yaml");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    return each(template, "Microsoft.Storage/storageAccounts", account -> {
      if (account.field("/tags/ms-resource-usage").text().filter("azure-cloud-shell"::equalsIgnoreCase).isPresent()) {
        return verdict(account, Outcome.NOT_APPLICABLE, "a Cloud Shell account (tag ms-resource-usage)");
      }
      Resolved action = account.field("/properties/networkAcls/defaultAction");
      if (action.state() == Resolved.State.UNRESOLVED) {
        return verdict(account, Outcome.NOT_EVALUATED, "networkAcls.defaultAction is " + action.show());
      }
      boolean deny = action.text().filter("deny"::equalsIgnoreCase).isPresent();
      return verdict(account, deny ? Outcome.PASS : Outcome.FAIL,
          "properties.networkAcls.defaultAction is " + action.show() + (deny ? "" : "; it must be Deny"));
    });
  }
}
