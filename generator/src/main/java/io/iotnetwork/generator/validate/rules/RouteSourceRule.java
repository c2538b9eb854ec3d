package io.iotnetwork.generator.validate.rules;

import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code route-source}: a route reads one of the message sources IoT Hub routes (azure-facts §1);
 * {@code RoutingSource.INVALID} and names the API version does not know are rejected.
 */
public final class RouteSourceRule extends RuleSupport {
  static final List<RoutingSource> ROUTABLE = List.of(RoutingSource.DEVICE_MESSAGES, RoutingSource.TWIN_CHANGE_EVENTS,
      RoutingSource.DEVICE_LIFECYCLE_EVENTS, RoutingSource.DEVICE_JOB_LIFECYCLE_EVENTS,
      RoutingSource.DEVICE_CONNECTION_STATE_EVENTS);

  public RouteSourceRule() {
    super("route-source");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    String allowed = ROUTABLE.stream().map(RoutingSource::toString).collect(Collectors.joining(", "));
    return spec.iotHubs().stream().flatMap(hub -> hub.egress().routes().stream()
        .filter(route -> !ROUTABLE.contains(route.source()))
        .map(route -> error(route.pathIn(hub), route.location(),
            "Route source '" + route.source() + "' cannot be routed by API 2023-06-30; allowed: " + allowed + ".",
            "Pass one of RoutingSource.DEVICE_MESSAGES, TWIN_CHANGE_EVENTS, DEVICE_LIFECYCLE_EVENTS, "
                + "DEVICE_JOB_LIFECYCLE_EVENTS or DEVICE_CONNECTION_STATE_EVENTS to .from(..).")));
  }
}
