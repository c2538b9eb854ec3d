package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A subnet that already exists, referenced and never created.
 *
 * @param virtualNetwork    its virtual network
 * @param subnetName        the subnet's name
 * @param givenResourceId   the subnet's resource id, when the user named it that way
 */
public record ExistingSubnet(
    ExistingVirtualNetwork virtualNetwork, String subnetName, Optional<String> givenResourceId)
    implements SubnetRef {

  public ExistingSubnet {
    requireNonNull(virtualNetwork);
    requireNonNull(subnetName);
    requireNonNull(givenResourceId);
  }
}
