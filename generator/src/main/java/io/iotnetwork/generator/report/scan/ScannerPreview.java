package io.iotnetwork.generator.report.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Runs every scanner rule iot-network re-implements (documented in {@code docs/scanners.md}) over a
 * generated ARM template.
 */
public final class ScannerPreview {
  private static final List<ScannerRule> RULES = List.of(
      new PsRuleIotHubMinTls(),
      new PsRuleStorageFirewall(),
      new PsRuleEventHubFirewall(),
      new CheckovStorageDefaultNetworkAccessDeny(),
      new CheckovStorageAzureServicesAccessEnabled(),
      new CheckovStorageDisablePublicAccess(),
      new PolicyIotHubPublicNetworkAccess(),
      new PolicyIotHubPrivateEndpoint(),
      new PolicyIotHubLocalAuth());

  private ScannerPreview() {}

  /** The rules, in report order. */
  public static List<ScannerRule> rules() {
    return RULES;
  }

  /** Every verdict of every rule on {@code template}. */
  public static List<ScanResult> evaluate(JsonNode template) {
    TemplateResources resources = new TemplateResources(template);
    return RULES.stream().flatMap(rule -> rule.evaluate(resources).stream()).toList();
  }
}
