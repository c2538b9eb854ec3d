package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.SubnetRef;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds a hub's private endpoint, for a hub the template deploys or an existing one.
 *
 * @param <H> the hub stage {@link #attach()} returns to
 */
final class PrivateEndpointBuilder<H>
    implements IotHubStages.PrivateEndpointBlank<H>, IotHubStages.PrivateEndpointOptions<H> {
  private final Function<PrivateEndpointSpec, H> hub;
  private final String name;
  private final SourceLocation source;
  private SubnetRef subnet;
  private Optional<Region> region = Optional.empty();
  private Optional<String> nicName = Optional.empty();
  private Optional<String> staticIp = Optional.empty();
  private final Map<String, String> tags = new TreeMap<>();

  /** {@code hub} takes the finished endpoint and returns the hub's stage. */
  PrivateEndpointBuilder(Function<PrivateEndpointSpec, H> hub, String name, SourceLocation source) {
    this.hub = hub;
    this.name = name;
    this.source = source;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions<H> inSubnet(SubnetRef subnet) {
    this.subnet = requireNonNull(subnet, "subnet");
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions<H> inRegion(Region region) {
    this.region = Optional.of(requireNonNull(region, "region"));
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions<H> withCustomNetworkInterfaceName(String name) {
    nicName = Optional.of(requireNonNull(name, "name"));
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions<H> withStaticPrivateIpAddress(String ipAddress) {
    staticIp = Optional.of(requireNonNull(ipAddress, "ipAddress"));
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions<H> withTag(String name, String value) {
    tags.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return this;
  }

  @Override
  public H attach() {
    return hub.apply(new PrivateEndpointSpec(name, subnet, region, nicName, staticIp, tags, source));
  }
}
