package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.RoutingSource;

/**
 * A message route ({@code properties.routing.routes[]}).
 *
 * @param name          its name
 * @param source        which messages it applies to
 * @param condition     the query condition; {@code true} matches all
 * @param endpointName  the one endpoint it sends to: a custom endpoint or {@code events}
 * @param enabled       {@code isEnabled}
 * @param location      where it was declared
 */
public record RouteSpec(String name, RoutingSource source, String condition, String endpointName, boolean enabled,
    SourceLocation location) {

  public RouteSpec {
    requireNonNull(name);
    requireNonNull(source);
    requireNonNull(condition);
    requireNonNull(endpointName);
    requireNonNull(location);
  }

  /** The DSL path in diagnostics. */
  public String pathIn(IotHubSpec hub) {
    return hub.path() + ".routing.routes[" + name + "]";
  }
}
