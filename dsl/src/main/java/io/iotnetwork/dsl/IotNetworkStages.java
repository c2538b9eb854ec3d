package io.iotnetwork.dsl;

import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.Region;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateDnsSpec;

/** The stages of {@link IotNetwork#define(String)}. */
public interface IotNetworkStages {

  /** First stage: the default region is required. */
  interface Blank {
    /**
     * Sets the region of every resource that names none; it becomes the template's
     * {@code location} parameter default.
     */
    WithOptions inRegion(Region region);
  }

  /** Optional settings, then {@link #build()}. */
  interface WithOptions {
    /**
     * Sets the Azure cloud deployed to, which decides the private DNS zone names. Default:
     * {@link AzureEnvironment#AZURE} (public cloud); also {@link AzureEnvironment#AZURE_US_GOVERNMENT}
     * and {@link AzureEnvironment#AZURE_CHINA}.
     */
    WithOptions inCloud(AzureEnvironment cloud);

    /** Adds a tag to every resource the template creates ({@code tags}). Default: none. */
    WithOptions withTag(String name, String value);

    /** Adds a hub, built with {@link IotHub#define(String)}. */
    WithOptions withIotHub(IotHubSpec hub);

    /** Adds one hub per row of a fleet, built with {@link Fleet#of(String, java.util.Collection)}. */
    WithOptions withFleet(FleetStages.Configured fleet);

    /**
     * Sets how private endpoint names resolve. Default: {@link PrivateDns#newZones()}, both zones
     * created and linked.
     */
    WithOptions withPrivateDns(PrivateDnsSpec privateDns);

    /** Declares where devices connect from, built with {@link DeviceSite}. Default: none declared. */
    WithOptions withDeviceSite(DeviceSiteSpec site);

    /** The finished definition. */
    IotNetworkSpec build();
  }
}
