package io.iotnetwork.model;

/**
 * A subnet a private endpoint is placed in: an existing one, or one declared in the DSL (and
 * created by the template).
 */
public sealed interface SubnetRef permits ExistingSubnet, DeclaredSubnet {

  /** The subnet's name, as far as the definition knows it. */
  String subnetName();

  /** The virtual network holding the subnet. */
  VirtualNetworkRef virtualNetwork();
}
