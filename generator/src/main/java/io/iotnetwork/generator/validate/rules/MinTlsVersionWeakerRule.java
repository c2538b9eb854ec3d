package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code min-tls-version-weaker}: {@code minTlsVersion} {@code "1.0"} or {@code "1.1"} is accepted only to restate
 * a hub that already has it: the setting cannot change once the hub exists, and TLS 1.0 and 1.1 support ended on
 * 2025-08-31 (azure-facts §1, §11). A warning, since a new hub should take the default {@code "1.2"}.
 */
public final class MinTlsVersionWeakerRule extends RuleSupport {
  /** The versions older than 1.2 that an existing hub may hold. */
  static final Set<String> WEAKER = Set.of("1.0", "1.1");

  public MinTlsVersionWeakerRule() {
    super("min-tls-version-weaker");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().filter(hub -> WEAKER.contains(hub.minTlsVersion()))
        .map(hub -> warning(hub.path() + ".minTlsVersion", hub.source(),
            "minTlsVersion '" + hub.minTlsVersion() + "' is weaker than '1.2': TLS 1.0 and 1.1 support ended on "
                + "2025-08-31. It is create-only: a hub created with it keeps it, and a new hub should not use it.",
            "Keep .withMinTlsVersion(\"" + hub.minTlsVersion() + "\") only to restate an existing hub that has it; "
                + "for a new hub remove it (the default is \"1.2\")."));
  }
}
