package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.plan.PrivateDnsZoneNames;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code supported-cloud}: the private DNS zone names are known for the public, US Government and
 * China clouds only (azure-facts §3).
 */
public final class SupportedCloudRule extends RuleSupport {

  public SupportedCloudRule() {
    super("supported-cloud");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    if (PrivateDnsZoneNames.of(spec.cloud()).isPresent()) {
      return Stream.empty();
    }
    return Stream.of(error(spec.path() + ".cloud", spec.source(),
        "Cloud " + PrivateDnsZoneNames.describe(spec.cloud()) + " is not supported; allowed: AzureEnvironment.AZURE, "
            + "AZURE_US_GOVERNMENT and AZURE_CHINA, whose private DNS zone names are known.",
        "Call .inCloud(AzureEnvironment.AZURE) (the default), AZURE_US_GOVERNMENT or AZURE_CHINA."));
  }
}
