package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * Both private DNS zones already exist (often in a central resource group); every private
 * endpoint gets a zone group covering both. Their virtual network links belong to the zones'
 * owner and are not written.
 *
 * @param iotHubZoneId       resource id of the {@code privatelink.azure-devices.*} zone
 * @param serviceBusZoneId   resource id of the {@code privatelink.servicebus.*} zone
 * @param source             where it was declared
 */
public record ExistingPrivateDnsZones(String iotHubZoneId, String serviceBusZoneId, SourceLocation source)
    implements PrivateDnsSpec {

  public ExistingPrivateDnsZones {
    requireNonNull(iotHubZoneId);
    requireNonNull(serviceBusZoneId);
    requireNonNull(source);
  }
}
