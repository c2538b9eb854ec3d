package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import java.util.List;

/**
 * Checkov (ARM) {@code CKV_AZURE_59}: fails only when {@code properties.publicNetworkAccess} is
 * exactly {@code "Enabled"}; absent passes. It reads nothing else, so a firewalled account with
 * public network access enabled "from selected networks" fails it: the trusted-services exception
 * needs that setting (azure-facts §4).
 */
public final class CheckovStorageDisablePublicAccess implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("Checkov (ARM)", "CKV_AZURE_59",
      "Ensure that Storage accounts disallow public access",
      "bridgecrewio/checkov checkov/arm/checks/resource/StorageAccountDisablePublicAccess.py");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    return each(template, CheckovStorageRules.STORAGE, account -> {
      Resolved access = account.field("/properties/publicNetworkAccess");
      boolean enabled = access.text().filter("Enabled"::equals).isPresent();
      String why = enabled && account.field("/properties/networkAcls/defaultAction").text()
          .filter("Deny"::equals).isPresent()
          ? "; the account is firewalled (defaultAction Deny), and the trusted-services exception needs public network "
              + "access enabled from selected networks, which this check does not distinguish"
          : "";
      return verdict(account, enabled ? Outcome.FAIL : Outcome.PASS,
          "properties.publicNetworkAccess is " + access.show() + why);
    });
  }
}
