package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.FallbackRouteSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.List;

/** Builds a hub's non-default fallback route. */
final class FallbackRouteBuilder implements IotHubStages.FallbackRouteTarget, IotHubStages.FallbackRouteOptions {
  private final IotHub hub;
  private final String name;
  private final SourceLocation source;
  private String endpointName;
  private String condition = "true";
  private boolean enabled = true;

  FallbackRouteBuilder(IotHub hub, String name, SourceLocation source) {
    this.hub = hub;
    this.name = name;
    this.source = source;
  }

  @Override
  public IotHubStages.FallbackRouteOptions toEndpoint(String endpointName) {
    this.endpointName = requireNonNull(endpointName, "endpointName");
    return this;
  }

  @Override
  public IotHubStages.FallbackRouteOptions toBuiltInEndpoint() {
    return toEndpoint(FallbackRouteSpec.BUILT_IN_ENDPOINT);
  }

  @Override
  public IotHubStages.FallbackRouteOptions withCondition(String condition) {
    this.condition = requireNonNull(condition, "condition");
    return this;
  }

  @Override
  public IotHubStages.FallbackRouteOptions disabled() {
    this.enabled = false;
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    hub.setFallbackRoute(new FallbackRouteSpec(enabled, condition, name, List.of(endpointName), source));
    return hub;
  }
}
