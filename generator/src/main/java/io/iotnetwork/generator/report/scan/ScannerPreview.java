package io.iotnetwork.generator.report.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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

  /**
   * How many verdicts of each kind {@code results} holds, every kind named:
   * {@code 2 passed, 0 failed, 1 not applicable, 1 not evaluated}.
   */
  public static String summary(List<ScanResult> results) {
    return Arrays.stream(ScanResult.Outcome.values())
        .map(outcome -> results.stream().filter(result -> result.outcome() == outcome).count() + " " + words(outcome))
        .collect(Collectors.joining(", "));
  }

  private static String words(ScanResult.Outcome outcome) {
    return switch (outcome) {
      case PASS -> "passed";
      case FAIL -> "failed";
      case NOT_APPLICABLE -> "not applicable";
      case NOT_EVALUATED -> "not evaluated";
    };
  }
}
