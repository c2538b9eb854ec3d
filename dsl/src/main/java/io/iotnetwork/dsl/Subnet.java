package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.ExistingSubnet;
import io.iotnetwork.model.ExistingVirtualNetwork;
import java.util.Optional;

/**
 * Existing subnets for {@code inSubnet(..)}. A subnet of a network the template creates comes from
 * {@code VirtualNetwork.define(..)...build().subnet("name")}.
 */
public final class Subnet {
  private static final String SUBNETS_SEGMENT = "/subnets/";

  private Subnet() {}

  /**
   * An existing subnet by its full resource id,
   * {@code /subscriptions/../resourceGroups/../providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>}.
   */
  public static ExistingSubnet existing(String resourceId) {
    requireNonNull(resourceId, "resourceId");
    int cut = resourceId.toLowerCase(java.util.Locale.ROOT).lastIndexOf(SUBNETS_SEGMENT);
    String vnetId = cut > 0 ? resourceId.substring(0, cut) : resourceId;
    String subnetName = AzureResourceId.parse(resourceId).map(AzureResourceId::leafName).orElse(resourceId);
    return new ExistingSubnet(VirtualNetwork.existing(vnetId), subnetName, Optional.of(resourceId));
  }

  /** An existing subnet in the deployment's subscription, by resource group, network and subnet name. */
  public static ExistingSubnet existing(String resourceGroup, String virtualNetworkName, String subnetName) {
    ExistingVirtualNetwork vnet = VirtualNetwork.existing(resourceGroup,
        requireNonNull(virtualNetworkName, "virtualNetworkName"));
    return new ExistingSubnet(vnet, requireNonNull(subnetName, "subnetName"), Optional.empty());
  }
}
