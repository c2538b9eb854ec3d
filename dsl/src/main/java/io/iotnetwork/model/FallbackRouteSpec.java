package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The fallback route ({@code properties.routing.fallbackRoute}), always written explicitly (absent, it
 * would be disabled). Its source is always {@code DeviceMessages}.
 *
 * @param enabled        {@code isEnabled}
 * @param condition      its condition
 * @param name           {@code name}; the portal names it {@value #DEFAULT_NAME}
 * @param endpointNames  {@code endpointNames}: the built-in endpoint {@code events} or a custom endpoint's name
 * @param source         where a non-default fallback route was declared; {@link SourceLocation#UNKNOWN} otherwise
 */
public record FallbackRouteSpec(boolean enabled, String condition, String name, List<String> endpointNames,
    SourceLocation source) {

  /** The name the portal gives the fallback route. */
  public static final String DEFAULT_NAME = "$fallback";
  /** The built-in endpoint, where the fallback route sends by default. */
  public static final String BUILT_IN_ENDPOINT = "events";

  /** Enabled, matching every message the routes do not take. */
  public static final FallbackRouteSpec DEFAULT = new FallbackRouteSpec(true, "true");

  public FallbackRouteSpec {
    requireNonNull(condition);
    requireNonNull(name);
    endpointNames = List.copyOf(endpointNames);
    requireNonNull(source);
  }

  /** The fallback route named {@value #DEFAULT_NAME}, to {@code events}. */
  public FallbackRouteSpec(boolean enabled, String condition) {
    this(enabled, condition, DEFAULT_NAME, List.of(BUILT_IN_ENDPOINT), SourceLocation.UNKNOWN);
  }

  /** The DSL path in diagnostics. */
  public String pathIn(IotHubSpec hub) {
    return hub.path() + ".routing.fallbackRoute";
  }
}
