package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.SubnetRef;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds a hub's private endpoint. */
final class PrivateEndpointBuilder implements IotHubStages.PrivateEndpointBlank, IotHubStages.PrivateEndpointOptions {
  private final IotHub hub;
  private final String name;
  private final SourceLocation source;
  private SubnetRef subnet;
  private Optional<Region> region = Optional.empty();
  private Optional<String> nicName = Optional.empty();
  private Optional<String> staticIp = Optional.empty();
  private final Map<String, String> tags = new TreeMap<>();

  PrivateEndpointBuilder(IotHub hub, String name, SourceLocation source) {
    this.hub = hub;
    this.name = name;
    this.source = source;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions inSubnet(SubnetRef subnet) {
    this.subnet = requireNonNull(subnet, "subnet");
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions inRegion(Region region) {
    this.region = Optional.of(region);
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions withCustomNetworkInterfaceName(String name) {
    nicName = Optional.of(name);
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions withStaticPrivateIpAddress(String ipAddress) {
    staticIp = Optional.of(ipAddress);
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointOptions withTag(String name, String value) {
    tags.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    hub.addPrivateEndpoint(new PrivateEndpointSpec(name, subnet, region, nicName, staticIp, tags, source));
    return hub;
  }
}
