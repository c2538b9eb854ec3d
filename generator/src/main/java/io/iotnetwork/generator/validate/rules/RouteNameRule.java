package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.FallbackRouteSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.RouteSpec;
import java.util.stream.Stream;

/**
 * {@code route-name}: route names match {@code ^[A-Za-z0-9-._]{1,64}$} (azure-facts §1) and are
 * unique within the hub, compared ignoring case; a fallback route named otherwise than {@code $fallback} matches
 * the same pattern.
 */
public final class RouteNameRule extends RuleSupport {

  public RouteNameRule() {
    super("route-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    Stream<Diagnostic> malformed = hub.egress().routes().stream()
        .filter(route -> !RoutingNames.PATTERN.matcher(route.name()).matches())
        .map(route -> error(route.pathIn(hub), route.location(),
            "Route name '" + route.name() + "' is not allowed; a name has 1-64 letters, digits, '-', '.' and '_'.",
            "Pass a name such as 'telemetry-to-archive' to .defineRoute(..)."));
    Stream<Diagnostic> repeated = RoutingNames.repeated(hub.egress().routes(), RouteSpec::name)
        .map(route -> error(route.pathIn(hub), route.location(),
            "Route name '" + route.name() + "' is used twice in hub '" + hub.name() + "'; names are unique, "
                + "compared ignoring case.",
            "Give each .defineRoute(..) its own name."));
    FallbackRouteSpec fallback = hub.egress().fallbackRoute();
    Stream<Diagnostic> fallbackName = RoutingNames.PATTERN.matcher(fallback.name()).matches()
        || fallback.name().equals(FallbackRouteSpec.DEFAULT_NAME) ? Stream.empty()
        : Stream.of(error(fallback.pathIn(hub), fallback.source(),
            "Fallback route name '" + fallback.name() + "' is not allowed; a name has 1-64 letters, digits, '-', '.' "
                + "and '_'.",
            "Pass a name such as 'fallback' to .defineFallbackRoute(..)."));
    return Stream.of(malformed, repeated, fallbackName).flatMap(found -> found);
  }
}
