package io.iotnetwork.model;

/** Where a site's devices live, which decides how they can reach a private hub. */
public enum DeviceLocation {
  /** Devices inside an on-premises network that reaches the virtual network over a gateway. */
  ON_PREMISES_NETWORK,
  /** Devices on a wide-area network (cellular, public internet): they cannot use a private endpoint. */
  WIDE_AREA_NETWORK
}
