package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import java.util.List;

/**
 * Checkov (ARM) {@code CKV_AZURE_35}: passes only when {@code properties.networkAcls.defaultAction}
 * is exactly {@code "Deny"} (case-sensitive); absent fails.
 */
public final class CheckovStorageDefaultNetworkAccessDeny implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("Checkov (ARM)", "CKV_AZURE_35",
      "Ensure default network access rule for Storage Accounts is set to deny",
      "bridgecrewio/checkov checkov/arm/checks/resource/StorageAccountDefaultNetworkAccessDeny.py");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    return CheckovStorageRules.evaluateGated(this, template, account -> {
      Resolved action = account.field("/properties/networkAcls/defaultAction");
      boolean deny = action.text().filter("Deny"::equals).isPresent();
      return verdict(account, deny ? Outcome.PASS : Outcome.FAIL, "properties.networkAcls.defaultAction is "
          + action.show() + (deny ? "" : "; it must be exactly Deny"));
    });
  }
}
