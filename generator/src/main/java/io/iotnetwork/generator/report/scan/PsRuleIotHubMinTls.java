package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import io.iotnetwork.generator.report.scan.TemplateResources.Resolved;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PSRule for Azure {@code Azure.IoTHub.MinTLS}: only where {@code location} is one of five regions
 * (case-insensitive), {@code properties.minTlsVersion} must be a version string of at least 1.2;
 * absent, not a string, or not a version fails.
 */
public final class PsRuleIotHubMinTls implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("PSRule for Azure", "Azure.IoTHub.MinTLS",
      "IoT Hubs should reject TLS versions older than 1.2",
      "Azure/PSRule.Rules.Azure src/PSRule.Rules.Azure/rules/Azure.IoTHub.Rule.yaml");
  private static final Set<String> REGIONS = Set.of("eastus", "southcentralus", "westus2", "usgovarizona",
      "usgovvirginia");
  private static final Pattern VERSION = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?$");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    return each(template, "Microsoft.Devices/IotHubs", hub -> {
      Resolved location = hub.field("/location");
      if (location.state() == Resolved.State.UNRESOLVED) {
        return verdict(hub, Outcome.NOT_EVALUATED, "location is " + location.show() + "; the rule runs only in "
            + String.join(", ", REGIONS.stream().sorted().toList()));
      }
      String region = location.text().orElse("");
      if (!REGIONS.contains(region.toLowerCase(Locale.ROOT))) {
        return verdict(hub, Outcome.NOT_APPLICABLE, "location '" + region + "' is not one of the five regions the "
            + "rule runs in (" + String.join(", ", REGIONS.stream().sorted().toList()) + ")");
      }
      Resolved tls = hub.field("/properties/minTlsVersion");
      Optional<int[]> version = tls.text().flatMap(PsRuleIotHubMinTls::parse);
      boolean atLeast12 = version.map(v -> v[0] > 1 || (v[0] == 1 && v[1] >= 2)).orElse(false);
      return verdict(hub, atLeast12 ? Outcome.PASS : Outcome.FAIL,
          "properties.minTlsVersion is " + tls.show() + (atLeast12 ? ", at least 1.2" : ", not a version >= 1.2"));
    });
  }

  private static Optional<int[]> parse(String text) {
    Matcher matcher = VERSION.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {Integer.parseInt(matcher.group(1)),
        matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))});
  }
}
