package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Both private DNS zones already exist (often in a central resource group); every private
 * endpoint gets a zone group covering both. With {@code linkNetworks}, the template also links both
 * zones to every private endpoint's network and to {@code extraLinks}, through a module deployed to
 * the zones' resource group; otherwise linking stays with the zones' owner.
 *
 * @param iotHubZoneId       resource id of the {@code privatelink.azure-devices.*} zone
 * @param serviceBusZoneId   resource id of the {@code privatelink.servicebus.*} zone
 * @param linkNetworks       whether the template writes the zones' virtual network links
 * @param extraLinks         further networks to link when it does, e.g. a hub-and-spoke DNS network
 * @param source             where it was declared
 */
public record ExistingPrivateDnsZones(String iotHubZoneId, String serviceBusZoneId, boolean linkNetworks,
    List<VirtualNetworkRef> extraLinks, SourceLocation source) implements PrivateDnsSpec {

  public ExistingPrivateDnsZones {
    requireNonNull(iotHubZoneId);
    requireNonNull(serviceBusZoneId);
    extraLinks = List.copyOf(extraLinks);
    requireNonNull(source);
  }
}
