package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.OutboundRestrictionSpec;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code restrict-outbound-without-built-in-fqdn}: {@code restrictOutboundNetworkAccess} also
 * blocks the built-in Event Hubs-compatible endpoint unless its FQDN ({@code iothub-ns-...servicebus...})
 * is in {@code allowedFqdnList}, and that FQDN is only known once the hub exists (azure-facts §1, §9.6).
 */
public final class RestrictOutboundWithoutBuiltInFqdnRule extends RuleSupport {

  public RestrictOutboundWithoutBuiltInFqdnRule() {
    super("restrict-outbound-without-built-in-fqdn");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.egress().outbound().stream()
        .filter(outbound -> outbound.extraAllowedFqdns().stream()
            .noneMatch(fqdn -> fqdn.toLowerCase(Locale.ROOT).contains("servicebus")))
        .map(outbound -> missing(hub, outbound)));
  }

  private Diagnostic missing(IotHubSpec hub, OutboundRestrictionSpec outbound) {
    return warning(hub.path() + ".restrictOutboundNetworkAccess", outbound.source(),
        "Hub '" + hub.name() + "' restricts outbound network access, and no allowed FQDN is the built-in Event "
            + "Hubs-compatible endpoint's (iothub-ns-....servicebus....): the restriction blocks that endpoint too, "
            + "and its FQDN is only known once the hub exists.",
        "After the first deployment read the endpoint (az iot hub show -n " + hub.name()
            + " --query properties.eventHubEndpoints.events.endpoint) and pass its host name to "
            + ".withRestrictedOutboundNetworkAccess(\"iothub-ns-....servicebus.windows.net\").");
  }
}
