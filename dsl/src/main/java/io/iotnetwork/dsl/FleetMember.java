package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

/**
 * One row of a fleet while its hub is configured.
 *
 * @param row      the user's row, e.g. a plant and its region
 * @param index    the row's position, from 0
 * @param hubName  the name the fleet's naming scheme gave the row's hub
 * @param <T>      the row type
 */
public record FleetMember<T>(T row, int index, String hubName) {
  public FleetMember {
    requireNonNull(row, "row");
    requireNonNull(hubName, "hubName");
  }

  /** A name for one of the hub's own resources: {@code name("pe")} is {@code pe-<hub name>}. */
  public String name(String prefix) {
    return requireNonNull(prefix, "prefix") + "-" + hubName;
  }
}
