package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * A subnet of a virtual network declared in the DSL.
 *
 * @param virtualNetwork the declared network
 * @param subnetName     the subnet's name; must be one of the network's subnets
 */
public record DeclaredSubnet(VirtualNetworkSpec virtualNetwork, String subnetName)
    implements SubnetRef {

  public DeclaredSubnet {
    requireNonNull(virtualNetwork);
    requireNonNull(subnetName);
  }
}
