package io.iotnetwork.generator.validate.rules;

import com.azure.core.management.AzureEnvironment;
import io.iotnetwork.generator.plan.PrivateDnsZoneNames;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code min-tls-version}: the hub enforces TLS 1.2 ({@code minTlsVersion: "1.2"}); TLS 1.0 and
 * 1.1 support ended on 2025-08-31 and the setting cannot change after creation. {@code "1.0"} and
 * {@code "1.1"} are left to {@link MinTlsVersionWeakerRule} (restating an existing hub); any other value is an
 * error. Outside the public cloud a warning says that enforcement is documented for public cloud regions only
 * (azure-facts §1).
 */
public final class MinTlsVersionRule extends RuleSupport {
  static final String REQUIRED = "1.2";

  public MinTlsVersionRule() {
    super("min-tls-version");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> check(spec, hub));
  }

  private Stream<Diagnostic> check(IotNetworkSpec spec, IotHubSpec hub) {
    String path = hub.path() + ".minTlsVersion";
    if (MinTlsVersionWeakerRule.WEAKER.contains(hub.minTlsVersion())) {
      return Stream.empty();
    }
    if (!REQUIRED.equals(hub.minTlsVersion())) {
      return Stream.of(error(path, hub.source(),
          "minTlsVersion '" + hub.minTlsVersion() + "' is not allowed; only '1.2' is, or '1.0' and '1.1' to restate "
              + "a hub that exists with them: the setting cannot be changed once the hub exists.",
          "Remove .withMinTlsVersion(..) (the default is \"1.2\") or pass \"1.2\"."));
    }
    if (spec.cloud() != AzureEnvironment.AZURE) {
      return Stream.of(warning(path, hub.source(),
          "minTlsVersion '1.2' is written, but Microsoft documents TLS 1.2 enforcement for public cloud regions only; "
              + "the network targets " + PrivateDnsZoneNames.describe(spec.cloud()) + ".",
          "Check that the hub's region in this cloud accepts minTlsVersion before deploying."));
    }
    return Stream.empty();
  }
}
