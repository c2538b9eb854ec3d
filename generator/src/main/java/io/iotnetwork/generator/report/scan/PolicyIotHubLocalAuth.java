package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import java.util.List;

/**
 * Azure Policy "Azure IoT Hub should have local authentication methods disabled for Service Apis"
 * (672d56b3-23a7-4a3c-a233-b77ed7777518): non-compliant unless {@code disableLocalAuth} is the
 * boolean {@code true}; a string is not evaluated (type coercion unverified). Device and module SAS
 * are not part of it.
 */
public final class PolicyIotHubLocalAuth implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("Azure Policy", "672d56b3-23a7-4a3c-a233-b77ed7777518",
      "Azure IoT Hub should have local authentication methods disabled for Service Apis",
      "Azure/azure-policy built-in-policies/policyDefinitions/Internet of Things/"
          + "IoTHub_DisableLocalAuth_AuditDeny.json");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    return each(template, "Microsoft.Devices/IotHubs", hub -> {
      Resolved disabled = hub.field("/properties/disableLocalAuth");
      if (disabled.value().filter(value -> value.isTextual()).isPresent()) {
        return verdict(hub, Outcome.NOT_EVALUATED, "properties.disableLocalAuth is the string " + disabled.show());
      }
      boolean off = disabled.value().filter(value -> value.isBoolean() && value.booleanValue()).isPresent();
      return verdict(hub, off ? Outcome.PASS : Outcome.FAIL, "properties.disableLocalAuth is " + disabled.show()
          + (off ? " (compliant)" : " (non-compliant)"));
    });
  }
}
