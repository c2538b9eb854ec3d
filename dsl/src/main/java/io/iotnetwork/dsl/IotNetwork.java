package io.iotnetwork.dsl;

import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.Region;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateDnsSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Entry point of the DSL: one network definition, compiled into one deployment. */
public final class IotNetwork implements IotNetworkStages.Blank, IotNetworkStages.WithOptions {
  private final String id;
  private final SourceLocation source;
  private Region region;
  private AzureEnvironment cloud = AzureEnvironment.AZURE;
  private final Map<String, String> tags = new TreeMap<>();
  private final List<IotHubSpec> hubs = new ArrayList<>();
  private PrivateDnsSpec privateDns;
  private final List<DeviceSiteSpec> deviceSites = new ArrayList<>();

  private IotNetwork(String id, SourceLocation source) {
    this.id = Objects.requireNonNull(id, "id");
    this.source = source;
  }

  /**
   * Starts a definition. {@code id} names the output folder ({@code target/iot-network/<id>/}) and
   * the artifacts' classifier, so keep it stable.
   */
  public static IotNetworkStages.Blank define(String id) {
    return new IotNetwork(id, Callers.location());
  }

  @Override
  public IotNetworkStages.WithOptions inRegion(Region region) {
    this.region = Objects.requireNonNull(region, "region");
    return this;
  }

  @Override
  public IotNetworkStages.WithOptions inCloud(AzureEnvironment cloud) {
    this.cloud = Objects.requireNonNull(cloud, "cloud");
    return this;
  }

  @Override
  public IotNetworkStages.WithOptions withTag(String name, String value) {
    tags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  @Override
  public IotNetworkStages.WithOptions withIotHub(IotHubSpec hub) {
    hubs.add(Objects.requireNonNull(hub, "hub"));
    return this;
  }

  @Override
  public IotNetworkStages.WithOptions withFleet(FleetStages.Configured fleet) {
    hubs.addAll(Objects.requireNonNull(fleet, "fleet").build());
    return this;
  }

  @Override
  public IotNetworkStages.WithOptions withPrivateDns(PrivateDnsSpec privateDns) {
    this.privateDns = Objects.requireNonNull(privateDns, "privateDns");
    return this;
  }

  @Override
  public IotNetworkStages.WithOptions withDeviceSite(DeviceSiteSpec site) {
    deviceSites.add(Objects.requireNonNull(site, "site"));
    return this;
  }

  @Override
  public IotNetworkSpec build() {
    PrivateDnsSpec dns = privateDns != null ? privateDns : PrivateDns.newZones();
    return new IotNetworkSpec(id, region, cloud, tags, hubs, dns, deviceSites, source);
  }
}
