package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.model.BuiltInEndpointSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IpFilterSpec;
import io.iotnetwork.model.IpRuleSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.SubnetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds an IoT hub ({@code Microsoft.Devices/IotHubs}) with its ingress settings. */
public final class IotHub implements IotHubStages.Blank, IotHubStages.WithOptions {
  private final String name;
  private final SourceLocation source;
  private Optional<Region> region = Optional.empty();
  private IotHubSku sku;
  private long units;
  private BuiltInEndpointSpec builtInEndpoint = BuiltInEndpointSpec.DEFAULT;
  private String minTlsVersion = "1.2";
  private boolean disableLocalAuth = true;
  private boolean disableDeviceSas;
  private boolean disableModuleSas;
  private PublicNetworkAccess publicNetworkAccess = PublicNetworkAccess.DISABLED;
  private Optional<IpFilterSpec> ipFilter = Optional.empty();
  private final List<PrivateEndpointSpec> privateEndpoints = new ArrayList<>();
  private final Map<String, String> tags = new TreeMap<>();

  private IotHub(String name, SourceLocation source) {
    this.name = requireNonNull(name, "name");
    this.source = source;
  }

  /** Starts a hub named {@code name}: 3-50 letters, digits and hyphens, globally unique. */
  public static IotHubStages.Blank define(String name) {
    return new IotHub(name, Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withSku(IotHubSku sku, int units) {
    this.sku = requireNonNull(sku, "sku");
    this.units = units;
    return this;
  }

  @Override
  public IotHubStages.WithOptions inRegion(Region region) {
    this.region = Optional.of(region);
    return this;
  }

  @Override
  public IotHubStages.WithOptions withBuiltInEventHubEndpoint(int partitionCount, int retentionTimeInDays) {
    this.builtInEndpoint = new BuiltInEndpointSpec(partitionCount, retentionTimeInDays);
    return this;
  }

  @Override
  public IotHubStages.WithOptions withMinTlsVersion(String minTlsVersion) {
    this.minTlsVersion = requireNonNull(minTlsVersion, "minTlsVersion");
    return this;
  }

  @Override
  public IotHubStages.WithOptions withLocalAuth() {
    this.disableLocalAuth = false;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withoutDeviceSas() {
    this.disableDeviceSas = true;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withoutModuleSas() {
    this.disableModuleSas = true;
    return this;
  }

  @Override
  public IotHubStages.WithOptions withPublicNetworkAccess(PublicNetworkAccess publicNetworkAccess) {
    this.publicNetworkAccess = requireNonNull(publicNetworkAccess, "publicNetworkAccess");
    return this;
  }

  @Override
  public IotHubStages.WithOptions withoutPublicNetworkAccess() {
    return withPublicNetworkAccess(PublicNetworkAccess.DISABLED);
  }

  @Override
  public IotHubStages.IpFilter defineIpFilter(DefaultAction defaultAction) {
    return new IpFilterBuilder(requireNonNull(defaultAction, "defaultAction"), Callers.location());
  }

  @Override
  public IotHubStages.PrivateEndpointBlank definePrivateEndpoint(String name) {
    return new PrivateEndpointBuilder(requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public IotHubStages.WithOptions withTag(String name, String value) {
    tags.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return this;
  }

  @Override
  public IotHubSpec build() {
    return new IotHubSpec(name, region, sku, units, builtInEndpoint, minTlsVersion,
        disableLocalAuth, disableDeviceSas, disableModuleSas, publicNetworkAccess, ipFilter,
        privateEndpoints, tags, source);
  }

  private final class IpFilterBuilder implements IotHubStages.IpFilter {
    private final DefaultAction defaultAction;
    private final SourceLocation filterSource;
    private final List<IpRuleSpec> rules = new ArrayList<>();
    private boolean applyToBuiltInEndpoint;

    IpFilterBuilder(DefaultAction defaultAction, SourceLocation filterSource) {
      this.defaultAction = defaultAction;
      this.filterSource = filterSource;
    }

    @Override
    public IotHubStages.IpFilter allow(String filterName, String ipMask) {
      rules.add(new IpRuleSpec(requireNonNull(filterName, "filterName"),
          requireNonNull(ipMask, "ipMask"), Callers.location()));
      return this;
    }

    @Override
    public IotHubStages.IpFilter applyToBuiltInEventHubEndpoint() {
      applyToBuiltInEndpoint = true;
      return this;
    }

    @Override
    public IotHubStages.WithOptions attach() {
      ipFilter = Optional.of(new IpFilterSpec(defaultAction, applyToBuiltInEndpoint, rules, filterSource));
      return IotHub.this;
    }
  }

  private final class PrivateEndpointBuilder
      implements IotHubStages.PrivateEndpointBlank, IotHubStages.PrivateEndpointOptions {
    private final String endpointName;
    private final SourceLocation endpointSource;
    private SubnetRef subnet;
    private Optional<Region> endpointRegion = Optional.empty();
    private Optional<String> nicName = Optional.empty();
    private Optional<String> staticIp = Optional.empty();
    private final Map<String, String> endpointTags = new TreeMap<>();

    PrivateEndpointBuilder(String endpointName, SourceLocation endpointSource) {
      this.endpointName = endpointName;
      this.endpointSource = endpointSource;
    }

    @Override
    public IotHubStages.PrivateEndpointOptions inSubnet(SubnetRef subnet) {
      this.subnet = requireNonNull(subnet, "subnet");
      return this;
    }

    @Override
    public IotHubStages.PrivateEndpointOptions inRegion(Region region) {
      endpointRegion = Optional.of(region);
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
      endpointTags.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
      return this;
    }

    @Override
    public IotHubStages.WithOptions attach() {
      privateEndpoints.add(new PrivateEndpointSpec(endpointName, subnet, endpointRegion, nicName,
          staticIp, endpointTags, endpointSource));
      return IotHub.this;
    }
  }
}
