package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import com.azure.resourcemanager.network.models.VirtualNetworkPrivateEndpointNetworkPolicies;
import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.ExistingVirtualNetwork;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Virtual networks: declared ones the template creates ({@link #define(String)}) and existing
 * ones it only references ({@link #existing(String)}).
 */
public final class VirtualNetwork implements VirtualNetworkStages.Blank, VirtualNetworkStages.WithSubnets {
  private final String name;
  private final SourceLocation source;
  private final List<String> addressPrefixes = new ArrayList<>();
  private final List<SubnetSpec> subnets = new ArrayList<>();
  private Optional<Region> region = Optional.empty();
  private final Map<String, String> tags = new TreeMap<>();

  private VirtualNetwork(String name, SourceLocation source) {
    this.name = requireNonNull(name, "name");
    this.source = source;
  }

  /** Starts a virtual network the template creates ({@code Microsoft.Network/virtualNetworks}). */
  public static VirtualNetworkStages.Blank define(String name) {
    return new VirtualNetwork(name, Callers.location());
  }

  /** An existing virtual network, by its full resource id; referenced, never created. */
  public static ExistingVirtualNetwork existing(String resourceId) {
    requireNonNull(resourceId, "resourceId");
    String name = AzureResourceId.parse(resourceId).map(AzureResourceId::leafName).orElse(resourceId);
    return new ExistingVirtualNetwork(Optional.of(resourceId), Optional.empty(), name, Callers.location());
  }

  /** An existing virtual network in the deployment's subscription, by resource group and name. */
  public static ExistingVirtualNetwork existing(String resourceGroup, String name) {
    return new ExistingVirtualNetwork(Optional.empty(), Optional.of(requireNonNull(resourceGroup, "resourceGroup")),
        requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public VirtualNetworkStages.WithSubnets withAddressSpace(String... addressPrefixes) {
    this.addressPrefixes.addAll(Arguments.listOf("addressPrefixes", addressPrefixes));
    return this;
  }

  @Override
  public VirtualNetworkStages.WithSubnets withSubnet(String name, String addressPrefix) {
    return withSubnet(name, addressPrefix, VirtualNetworkPrivateEndpointNetworkPolicies.DISABLED);
  }

  @Override
  public VirtualNetworkStages.WithSubnets withSubnet(String name, String addressPrefix,
      VirtualNetworkPrivateEndpointNetworkPolicies privateEndpointNetworkPolicies) {
    subnets.add(new SubnetSpec(requireNonNull(name, "name"), requireNonNull(addressPrefix, "addressPrefix"),
        requireNonNull(privateEndpointNetworkPolicies, "privateEndpointNetworkPolicies"), Callers.location()));
    return this;
  }

  @Override
  public VirtualNetworkStages.WithSubnets inRegion(Region region) {
    this.region = Optional.of(requireNonNull(region, "region"));
    return this;
  }

  @Override
  public VirtualNetworkStages.WithSubnets withTag(String name, String value) {
    tags.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return this;
  }

  @Override
  public VirtualNetworkSpec build() {
    return new VirtualNetworkSpec(name, region, addressPrefixes, subnets, tags, source);
  }
}
