package io.iotnetwork.model;

import java.util.List;

/**
 * The template creates both private DNS zones of the cloud (the IoT Hub zone and the Service Bus
 * zone of the built-in endpoint), links them to every private endpoint's virtual network and to
 * {@code extraLinks}, and gives every private endpoint a zone group covering both.
 *
 * @param extraLinks further virtual networks to link, e.g. a hub-and-spoke DNS network
 */
public record NewPrivateDnsZones(List<VirtualNetworkRef> extraLinks) implements PrivateDnsSpec {

  public NewPrivateDnsZones {
    extraLinks = List.copyOf(extraLinks);
  }
}
