package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * Which fleet row a hub was generated from, for diagnostics that point at the row.
 *
 * @param fleet  the fleet's name
 * @param index  the row's position in the fleet's table, from 0
 * @param rows   the number of rows in the fleet's table
 * @param label  how the row prints, e.g. {@code amsterdam/westeurope}
 */
public record FleetMembership(String fleet, int index, int rows, String label) {
  public FleetMembership {
    requireNonNull(fleet);
    requireNonNull(label);
  }

  /**
   * {@code fleet[plants][012 amsterdam/westeurope]}: the index has as many digits as the last row's,
   * so that diagnostics sorted by path list rows in order.
   */
  public String path() {
    String number = Integer.toString(index);
    int digits = Integer.toString(Math.max(rows - 1, 0)).length();
    return "fleet[" + fleet + "][" + "0".repeat(Math.max(digits - number.length(), 0)) + number + " " + label + "]";
  }
}
