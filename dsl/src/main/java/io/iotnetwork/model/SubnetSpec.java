package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.network.models.VirtualNetworkPrivateEndpointNetworkPolicies;

/**
 * A subnet of a declared virtual network.
 *
 * @param name                               its name
 * @param addressPrefix                      {@code properties.addressPrefix}, a CIDR range as written
 * @param privateEndpointNetworkPolicies     {@code properties.privateEndpointNetworkPolicies}
 * @param source                             where it was declared
 */
public record SubnetSpec(
    String name,
    String addressPrefix,
    VirtualNetworkPrivateEndpointNetworkPolicies privateEndpointNetworkPolicies,
    SourceLocation source) {

  /** The name Azure reserves for the subnet of VPN and ExpressRoute gateways. */
  public static final String GATEWAY_SUBNET = "GatewaySubnet";

  public SubnetSpec {
    requireNonNull(name);
    requireNonNull(addressPrefix);
    requireNonNull(privateEndpointNetworkPolicies);
    requireNonNull(source);
  }
}
