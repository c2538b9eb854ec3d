package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * The fallback route to the built-in {@code events} endpoint, always written explicitly (absent, it
 * would be disabled).
 *
 * @param enabled    {@code isEnabled}
 * @param condition  its condition
 */
public record FallbackRouteSpec(boolean enabled, String condition) {

  /** Enabled, matching every message the routes do not take. */
  public static final FallbackRouteSpec DEFAULT = new FallbackRouteSpec(true, "true");

  public FallbackRouteSpec {
    requireNonNull(condition);
  }
}
