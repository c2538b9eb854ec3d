package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.FallbackRouteSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code fallback-route-unknown-endpoint}: the fallback route sends to exactly one endpoint ("Currently only 1
 * endpoint is allowed", 2023-06-30 schema), which is {@code events} or a custom endpoint of its own hub, compared
 * exactly as it is written into the template.
 */
public final class FallbackRouteUnknownEndpointRule extends RuleSupport {

  public FallbackRouteUnknownEndpointRule() {
    super("fallback-route-unknown-endpoint");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    FallbackRouteSpec fallback = hub.egress().fallbackRoute();
    if (fallback.endpointNames().size() != 1) {
      return Stream.of(error(fallback.pathIn(hub), fallback.source(),
          "Fallback route '" + fallback.name() + "' sends to " + fallback.endpointNames().size() + " endpoints "
              + fallback.endpointNames() + "; exactly 1 is allowed.",
          "Name one endpoint in .defineFallbackRoute(..).toEndpoint(..), or use .toBuiltInEndpoint()."));
    }
    String endpoint = fallback.endpointNames().get(0);
    if (RoutingNames.isEndpointOf(hub, endpoint)) {
      return Stream.empty();
    }
    return Stream.of(error(fallback.pathIn(hub), fallback.source(),
        "Fallback route '" + fallback.name() + "' sends to endpoint '" + endpoint + "', which is neither a custom "
            + "endpoint of hub '" + hub.name() + "' nor the built-in endpoint 'events'.",
        "Pass the name of one of the hub's .defineRoutingEndpoint(..) to .defineFallbackRoute(..).toEndpoint(..), "
            + "or use .toBuiltInEndpoint()."));
  }
}
