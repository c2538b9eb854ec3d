package io.iotnetwork.model;

/**
 * The hub's built-in Event Hubs-compatible endpoint, {@code properties.eventHubEndpoints.events}.
 *
 * @param partitionCount      {@code partitionCount}; fixed once the hub exists
 * @param retentionTimeInDays {@code retentionTimeInDays}
 */
public record BuiltInEndpointSpec(int partitionCount, long retentionTimeInDays) {

  /** Four partitions, one day of retention: the portal's defaults. */
  public static final BuiltInEndpointSpec DEFAULT = new BuiltInEndpointSpec(4, 1);
}
