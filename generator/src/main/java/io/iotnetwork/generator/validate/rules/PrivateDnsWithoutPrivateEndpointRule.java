package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.NewPrivateDnsZones;
import java.util.stream.Stream;

/**
 * {@code private-dns-without-private-endpoint}: new private DNS zones (the default) with no private
 * endpoint on any hub would hold no record, so the template creates neither zone nor link; the
 * warning says so.
 */
public final class PrivateDnsWithoutPrivateEndpointRule extends RuleSupport {

  public PrivateDnsWithoutPrivateEndpointRule() {
    super("private-dns-without-private-endpoint");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    if (!(spec.privateDns() instanceof NewPrivateDnsZones) || spec.hasPrivateEndpoints() || spec.iotHubs().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(warning(spec.path() + ".privateDns", spec.source(),
        "No hub of '" + spec.id() + "' has a private endpoint, so the private DNS zones would hold no record; "
            + "the template creates no zone and no virtual network link.",
        "Add .definePrivateEndpoint(..) to a hub, or pass PrivateDns.selfManaged() to .withPrivateDns(..) to say "
            + "this network needs no private DNS."));
  }
}
