package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.ExistingPrivateDnsZones;
import io.iotnetwork.model.NewPrivateDnsZones;
import io.iotnetwork.model.SelfManagedDns;
import io.iotnetwork.model.VirtualNetworkRef;
import java.util.List;

/**
 * Private DNS choices for {@code IotNetwork...withPrivateDns(..)}. Both zones matter: the IoT Hub
 * zone ({@code privatelink.azure-devices.net}) and the Service Bus zone
 * ({@code privatelink.servicebus.windows.net}) of the built-in Event Hubs-compatible endpoint.
 */
public final class PrivateDns {
  private PrivateDns() {}

  /**
   * The template creates both zones ({@code Microsoft.Network/privateDnsZones}, location
   * {@code global}), links each to every private endpoint's virtual network
   * ({@code virtualNetworkLinks}) and gives every endpoint a zone group covering both. The default.
   */
  public static NewPrivateDnsZones newZones() {
    return new NewPrivateDnsZones(List.of());
  }

  /**
   * Like {@link #newZones()}, and also links both zones to {@code extraNetworks}, e.g. the DNS
   * network of a hub-and-spoke topology.
   */
  public static NewPrivateDnsZones newZonesLinkedTo(VirtualNetworkRef... extraNetworks) {
    return new NewPrivateDnsZones(List.of(extraNetworks));
  }

  /**
   * Both zones exist already (by resource id); every endpoint gets a zone group covering both.
   * Linking the zones to networks stays with the zones' owner.
   */
  public static ExistingPrivateDnsZones existingZones(String iotHubZoneId, String serviceBusZoneId) {
    return new ExistingPrivateDnsZones(requireNonNull(iotHubZoneId, "iotHubZoneId"),
        requireNonNull(serviceBusZoneId, "serviceBusZoneId"), Callers.location());
  }

  /**
   * No private DNS is written: the user's own DNS must resolve the hub's and the built-in
   * endpoint's names to the private endpoint. Every endpoint then gets a warning.
   */
  public static SelfManagedDns selfManaged() {
    return new SelfManagedDns(Callers.location());
  }
}
