package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import java.util.List;

/**
 * Checkov (ARM) {@code CKV_AZURE_36}: passes when {@code networkAcls.defaultAction} is exactly
 * {@code "Allow"}, or when it is present and {@code networkAcls.bypass} is exactly
 * {@code "AzureServices"} (a list such as {@code "AzureServices, Logging"} fails); absent fails.
 */
public final class CheckovStorageAzureServicesAccessEnabled implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("Checkov (ARM)", "CKV_AZURE_36",
      "Ensure 'Trusted Microsoft Services' is enabled for Storage Account access",
      "bridgecrewio/checkov checkov/arm/checks/resource/StorageAccountAzureServicesAccessEnabled.py");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    return CheckovStorageRules.evaluateGated(this, template, account -> {
      Resolved action = account.field("/properties/networkAcls/defaultAction");
      Resolved bypass = account.field("/properties/networkAcls/bypass");
      boolean allow = action.text().filter("Allow"::equals).isPresent();
      boolean trusted = action.state() == Resolved.State.KNOWN
          && bypass.text().filter("AzureServices"::equals).isPresent();
      return verdict(account, allow || trusted ? Outcome.PASS : Outcome.FAIL, "networkAcls.defaultAction is "
          + action.show() + ", bypass is " + bypass.show()
          + (allow || trusted ? "" : "; bypass must be exactly AzureServices (or defaultAction Allow)"));
    });
  }
}
