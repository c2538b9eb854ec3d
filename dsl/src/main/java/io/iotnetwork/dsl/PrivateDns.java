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
    return new NewPrivateDnsZones(Arguments.listOf("extraNetworks", extraNetworks));
  }

  /**
   * Both zones exist already (by resource id); every endpoint gets a zone group covering both.
   * Linking the zones to networks stays with the zones' owner (see {@link #existingZonesLinkedTo}).
   */
  public static ExistingPrivateDnsZones existingZones(String iotHubZoneId, String serviceBusZoneId) {
    return new ExistingPrivateDnsZones(requireNonNull(iotHubZoneId, "iotHubZoneId"),
        requireNonNull(serviceBusZoneId, "serviceBusZoneId"), false, List.of(), Callers.location());
  }

  /**
   * Both zones exist already (by resource id), and the template links them
   * ({@code virtualNetworkLinks}, auto-registration off) to every private endpoint's network and to
   * {@code extraNetworks}, through a module deployed to the zones' resource group, which the deployer
   * must be allowed to write to.
   */
  public static ExistingPrivateDnsZones existingZonesLinkedTo(String iotHubZoneId, String serviceBusZoneId,
      VirtualNetworkRef... extraNetworks) {
    return new ExistingPrivateDnsZones(requireNonNull(iotHubZoneId, "iotHubZoneId"),
        requireNonNull(serviceBusZoneId, "serviceBusZoneId"), true, Arguments.listOf("extraNetworks", extraNetworks),
        Callers.location());
  }

  /**
   * No private DNS is written: the user's own DNS must resolve the hub's and the built-in
   * endpoint's names to the private endpoint. Every endpoint then gets a warning.
   */
  public static SelfManagedDns selfManaged() {
    return new SelfManagedDns(Callers.location());
  }
}
