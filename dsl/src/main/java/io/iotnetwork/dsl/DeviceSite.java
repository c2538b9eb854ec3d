package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.network.models.VirtualNetworkGatewayType;
import io.iotnetwork.model.DeviceLocation;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.ExistingGateway;
import java.util.Optional;

/**
 * Where devices connect from, for {@code IotNetwork...withDeviceSite(..)}. Sites write no resource;
 * validation uses them (the article advises private-only hubs for on-premises devices, not for
 * devices on a wide-area network).
 */
public final class DeviceSite {
  private DeviceSite() {}

  /** Devices in an on-premises network that reaches the virtual network over {@code gateway}. */
  public static DeviceSiteSpec onPremises(String name, ExistingGateway gateway) {
    return new DeviceSiteSpec(requireNonNull(name, "name"), DeviceLocation.ON_PREMISES_NETWORK,
        Optional.of(requireNonNull(gateway, "gateway")), Callers.location());
  }

  /** Devices in an on-premises network whose path to the virtual network is not declared. */
  public static DeviceSiteSpec onPremises(String name) {
    return new DeviceSiteSpec(requireNonNull(name, "name"), DeviceLocation.ON_PREMISES_NETWORK,
        Optional.empty(), Callers.location());
  }

  /** Devices on a wide-area network (cellular, internet), which cannot use a private endpoint. */
  public static DeviceSiteSpec wideAreaNetwork(String name) {
    return new DeviceSiteSpec(requireNonNull(name, "name"), DeviceLocation.WIDE_AREA_NETWORK,
        Optional.empty(), Callers.location());
  }

  /** An existing VPN gateway ({@code gatewayType: Vpn}) by resource id. */
  public static ExistingGateway existingVpnGateway(String resourceId) {
    return new ExistingGateway(requireNonNull(resourceId, "resourceId"), VirtualNetworkGatewayType.VPN);
  }

  /** An existing ExpressRoute gateway ({@code gatewayType: ExpressRoute}) by resource id. */
  public static ExistingGateway existingExpressRouteGateway(String resourceId) {
    return new ExistingGateway(requireNonNull(resourceId, "resourceId"), VirtualNetworkGatewayType.EXPRESS_ROUTE);
  }
}
