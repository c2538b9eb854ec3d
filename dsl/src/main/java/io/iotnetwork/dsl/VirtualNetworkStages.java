package io.iotnetwork.dsl;

import com.azure.core.management.Region;
import com.azure.resourcemanager.network.models.VirtualNetworkPrivateEndpointNetworkPolicies;
import io.iotnetwork.model.VirtualNetworkSpec;

/** The stages of {@link VirtualNetwork#define(String)}. */
public interface VirtualNetworkStages {

  /** First stage: the address space is required. */
  interface Blank {
    /** Sets {@code properties.addressSpace.addressPrefixes}: one or more CIDR ranges. */
    WithSubnets withAddressSpace(String... addressPrefixes);
  }

  /** Subnets and options, then {@link #build()}. */
  interface WithSubnets {
    /**
     * Adds a subnet with {@code properties.addressPrefix}, inside the address space, and
     * {@code privateEndpointNetworkPolicies: Disabled} (Azure's default).
     */
    WithSubnets withSubnet(String name, String addressPrefix);

    /**
     * Adds a subnet with explicit {@code properties.privateEndpointNetworkPolicies}; enable them
     * only when NSGs or route tables must apply to private endpoint traffic.
     */
    WithSubnets withSubnet(String name, String addressPrefix,
        VirtualNetworkPrivateEndpointNetworkPolicies privateEndpointNetworkPolicies);

    /** Sets the network's {@code location}. Default: the network definition's region. */
    WithSubnets inRegion(Region region);

    /** Adds a tag ({@code tags}), over the network definition's tags. */
    WithSubnets withTag(String name, String value);

    /** The finished network; use {@code .subnet("name")} on it to place a private endpoint. */
    VirtualNetworkSpec build();
  }
}
