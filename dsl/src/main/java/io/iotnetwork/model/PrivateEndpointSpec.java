package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import java.util.Map;
import java.util.Optional;

/**
 * A private endpoint ({@code Microsoft.Network/privateEndpoints}) for a hub, target
 * sub-resource {@code iotHub}.
 *
 * @param name                         the endpoint's name
 * @param subnet                       the subnet its network interface is placed in
 * @param region                       its region; empty means the hub's
 * @param customNetworkInterfaceName   {@code properties.customNetworkInterfaceName}
 * @param staticPrivateIpAddress       a static address for the {@code iotHub} member
 *                                     ({@code properties.ipConfigurations[]}); empty means dynamic
 * @param tags                         its own tags, merged over the network's
 * @param source                       where it was declared
 */
public record PrivateEndpointSpec(
    String name,
    SubnetRef subnet,
    Optional<Region> region,
    Optional<String> customNetworkInterfaceName,
    Optional<String> staticPrivateIpAddress,
    Map<String, String> tags,
    SourceLocation source) {

  public PrivateEndpointSpec {
    requireNonNull(name);
    requireNonNull(subnet);
    requireNonNull(region);
    requireNonNull(customNetworkInterfaceName);
    requireNonNull(staticPrivateIpAddress);
    tags = Tags.copyOf(tags);
    requireNonNull(source);
  }

  /** The DSL path in diagnostics: {@code iotHub[<hub>].privateEndpoints[<name>]}. */
  public String pathIn(IotHubSpec hub) {
    return hub.path() + ".privateEndpoints[" + name + "]";
  }
}
