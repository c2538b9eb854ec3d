package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SelfManagedDns;
import java.util.stream.Stream;

/**
 * {@code private-endpoint-without-dns}: without private DNS integration, the hub's and the built-in
 * endpoint's names keep resolving to public addresses unless the user's own DNS covers both zones.
 */
public final class PrivateEndpointWithoutDnsRule extends RuleSupport {

  public PrivateEndpointWithoutDnsRule() {
    super("private-endpoint-without-dns");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    if (!(spec.privateDns() instanceof SelfManagedDns selfManaged)) {
      return Stream.empty();
    }
    return spec.iotHubs().stream().flatMap(hub -> hub.privateEndpoints().stream()
        .map(endpoint -> warning(endpoint.pathIn(hub), selfManaged.source(),
            "The private endpoint gets no private DNS zone group (PrivateDns.selfManaged()); unless your DNS "
                + "resolves both " + hub.name() + ".azure-devices.net and the built-in endpoint's servicebus name "
                + "to it, clients keep using the public endpoint or fail to resolve.",
            "Use .withPrivateDns(PrivateDns.newZones()) (the default) or PrivateDns.existingZones(iotHubZoneId, "
                + "serviceBusZoneId), or make sure your DNS forwards both privatelink zones.")));
  }
}
