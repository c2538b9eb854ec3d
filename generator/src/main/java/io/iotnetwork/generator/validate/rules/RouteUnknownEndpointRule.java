package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.RouteSpec;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code route-unknown-endpoint}: a route sends to a custom endpoint of its own hub, or to the
 * built-in endpoint {@code events}; the name is compared exactly, as it is written into the template.
 */
public final class RouteUnknownEndpointRule extends RuleSupport {

  public RouteUnknownEndpointRule() {
    super("route-unknown-endpoint");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.egress().routes().stream()
        .filter(route -> !RoutingNames.isEndpointOf(hub, route.endpointName()))
        .map(route -> unknown(hub, route)));
  }

  private Diagnostic unknown(IotHubSpec hub, RouteSpec route) {
    Optional<String> sameIgnoringCase = Stream.concat(Stream.of(RoutingNames.BUILT_IN_ENDPOINT),
            RoutingNames.customEndpointNames(hub))
        .filter(name -> name.equalsIgnoreCase(route.endpointName()))
        .findFirst();
    return error(route.pathIn(hub), route.location(),
        "Route '" + route.name() + "' sends to endpoint '" + route.endpointName() + "', which is neither a custom "
            + "endpoint of hub '" + hub.name() + "' nor the built-in endpoint 'events'"
            + sameIgnoringCase.map(name -> " (did you mean '" + name + "'?).").orElse("."),
        "Pass the name of one of the hub's .defineRoutingEndpoint(..) to .toEndpoint(..), or use .toBuiltInEndpoint().");
  }
}
