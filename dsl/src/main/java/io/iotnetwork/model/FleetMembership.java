package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * Which fleet row a hub was generated from, for diagnostics that point at the row.
 *
 * @param fleet  the fleet's name
 * @param index  the row's position in the fleet's table, from 0
 * @param label  how the row prints, e.g. {@code amsterdam/westeurope}
 */
public record FleetMembership(String fleet, int index, String label) {
  public FleetMembership {
    requireNonNull(fleet);
    requireNonNull(label);
  }

  /** {@code fleet[plants][12 amsterdam/westeurope]}. */
  public String path() {
    return "fleet[" + fleet + "][" + index + " " + label + "]";
  }
}
