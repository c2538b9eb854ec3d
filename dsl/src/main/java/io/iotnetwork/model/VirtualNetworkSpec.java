package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A virtual network ({@code Microsoft.Network/virtualNetworks}) the template creates.
 *
 * @param name              its name
 * @param region            its region; empty means the network definition's
 * @param addressPrefixes   {@code properties.addressSpace.addressPrefixes}, CIDR ranges as written
 * @param subnets           its subnets ({@code properties.subnets})
 * @param tags              its own tags, merged over the network's
 * @param source            where it was declared
 */
public record VirtualNetworkSpec(
    String name,
    Optional<Region> region,
    List<String> addressPrefixes,
    List<SubnetSpec> subnets,
    Map<String, String> tags,
    SourceLocation source)
    implements VirtualNetworkRef {

  public VirtualNetworkSpec {
    requireNonNull(name);
    requireNonNull(region);
    addressPrefixes = List.copyOf(addressPrefixes);
    subnets = List.copyOf(subnets);
    tags = Tags.copyOf(tags);
    requireNonNull(source);
  }

  /** A reference to this network's subnet {@code subnetName}, for {@code inSubnet(..)}. */
  public DeclaredSubnet subnet(String subnetName) {
    return new DeclaredSubnet(this, requireNonNull(subnetName, "subnetName"));
  }

  /** The subnet declared with {@code subnetName}, if any. */
  public Optional<SubnetSpec> findSubnet(String subnetName) {
    requireNonNull(subnetName, "subnetName");
    return subnets.stream().filter(s -> s.name().equals(subnetName)).findFirst();
  }

  /** The DSL path in diagnostics: {@code virtualNetwork[<name>]}. */
  public String path() {
    return "virtualNetwork[" + name + "]";
  }
}
