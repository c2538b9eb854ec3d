package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.model.RouteSpec;
import io.iotnetwork.model.SourceLocation;

/** Builds a hub's route. */
final class RouteBuilder implements IotHubStages.RouteBlank, IotHubStages.RouteTarget, IotHubStages.RouteOptions {
  /** The name of the built-in Event Hubs-compatible endpoint in routes. */
  static final String BUILT_IN_ENDPOINT = "events";

  private final IotHub hub;
  private final String name;
  private final SourceLocation source;
  private RoutingSource routingSource;
  private String endpointName;
  private String condition = "true";
  private boolean enabled = true;

  RouteBuilder(IotHub hub, String name, SourceLocation source) {
    this.hub = hub;
    this.name = name;
    this.source = source;
  }

  @Override
  public IotHubStages.RouteTarget from(RoutingSource source) {
    this.routingSource = requireNonNull(source, "source");
    return this;
  }

  @Override
  public IotHubStages.RouteOptions toEndpoint(String endpointName) {
    this.endpointName = requireNonNull(endpointName, "endpointName");
    return this;
  }

  @Override
  public IotHubStages.RouteOptions toBuiltInEndpoint() {
    return toEndpoint(BUILT_IN_ENDPOINT);
  }

  @Override
  public IotHubStages.RouteOptions withCondition(String condition) {
    this.condition = requireNonNull(condition, "condition");
    return this;
  }

  @Override
  public IotHubStages.RouteOptions disabled() {
    this.enabled = false;
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    hub.addRoute(new RouteSpec(name, routingSource, condition, endpointName, enabled, source));
    return hub;
  }
}
