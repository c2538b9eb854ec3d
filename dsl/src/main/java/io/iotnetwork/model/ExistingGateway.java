package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.network.models.VirtualNetworkGatewayType;

/**
 * An existing virtual network gateway ({@code Microsoft.Network/virtualNetworkGateways}),
 * referenced only.
 *
 * @param resourceId   its full resource id
 * @param gatewayType  {@code properties.gatewayType}: {@code Vpn} or {@code ExpressRoute}
 */
public record ExistingGateway(String resourceId, VirtualNetworkGatewayType gatewayType) {
  public ExistingGateway {
    requireNonNull(resourceId);
    requireNonNull(gatewayType);
  }
}
