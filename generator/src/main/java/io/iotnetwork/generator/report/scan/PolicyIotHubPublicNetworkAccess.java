package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import java.util.List;

/**
 * Azure Policy "Public network access on Azure IoT Hub should be disabled"
 * (2d6830fb-07eb-48e7-8c4d-2a442b35f0fb): non-compliant when the hub's {@code publicNetworkAccess}
 * is not {@code Disabled} (case-insensitive; treating an absent value as non-compliant is an inference).
 */
public final class PolicyIotHubPublicNetworkAccess implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("Azure Policy", "2d6830fb-07eb-48e7-8c4d-2a442b35f0fb",
      "Public network access on Azure IoT Hub should be disabled",
      "Azure/azure-policy built-in-policies/policyDefinitions/Internet of Things/"
          + "IoTHub_DisablePublicNetworkAccess_AuditDeny.json");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    return each(template, "Microsoft.Devices/IotHubs", hub -> {
      Resolved access = hub.field("/properties/publicNetworkAccess");
      boolean disabled = access.text().filter("Disabled"::equalsIgnoreCase).isPresent();
      return verdict(hub, disabled ? Outcome.PASS : Outcome.FAIL, "properties.publicNetworkAccess is " + access.show()
          + (disabled ? " (compliant)" : " (non-compliant: Audit by default, Deny if assigned so)"));
    });
  }
}
