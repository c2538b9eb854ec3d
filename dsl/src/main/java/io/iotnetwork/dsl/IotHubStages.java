package io.iotnetwork.dsl;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.SubnetRef;

/** The stages of {@link IotHub#define(String)} and of its children. */
public interface IotHubStages {

  /** First stage: the SKU is required. */
  interface Blank {
    /**
     * Sets {@code sku.name} and {@code sku.capacity} (units). F1 has exactly 1 unit; B1, B2, S1 and
     * S2 up to 200; B3 and S3 up to 10.
     */
    WithOptions withSku(IotHubSku sku, int units);
  }

  /** Optional settings, then {@link #build()}. */
  interface WithOptions {
    /** Sets the hub's {@code location}. Default: the network's region. */
    WithOptions inRegion(Region region);

    /**
     * Sets the built-in Event Hubs-compatible endpoint, {@code properties.eventHubEndpoints.events}:
     * {@code partitionCount} (fixed once the hub exists) and {@code retentionTimeInDays}.
     * Default: 4 partitions, 1 day.
     */
    WithOptions withBuiltInEventHubEndpoint(int partitionCount, int retentionTimeInDays);

    /**
     * Sets {@code properties.minTlsVersion}, which cannot change after the hub is created.
     * Default: {@code "1.2"}, the only version this tool accepts.
     */
    WithOptions withMinTlsVersion(String minTlsVersion);

    /**
     * Allows hub-scoped shared access policies ({@code properties.disableLocalAuth: false}).
     * Default: they are disabled, so services authenticate with Microsoft Entra ID.
     */
    WithOptions withLocalAuth();

    /** Blocks device-scoped SAS tokens ({@code properties.disableDeviceSAS: true}). Default: allowed. */
    WithOptions withoutDeviceSas();

    /** Blocks module-scoped SAS tokens ({@code properties.disableModuleSAS: true}). Default: allowed. */
    WithOptions withoutModuleSas();

    /**
     * Sets {@code properties.publicNetworkAccess}. Default: {@link PublicNetworkAccess#DISABLED},
     * which makes the hub reachable through its private endpoints only.
     */
    WithOptions withPublicNetworkAccess(PublicNetworkAccess publicNetworkAccess);

    /** Shorthand for {@code withPublicNetworkAccess(PublicNetworkAccess.DISABLED)}. */
    WithOptions withoutPublicNetworkAccess();

    /**
     * Starts the IP filter, {@code properties.networkRuleSets}, with its {@code defaultAction}
     * for addresses no rule allows. Default: no IP filter.
     */
    IpFilter defineIpFilter(DefaultAction defaultAction);

    /** Starts a private endpoint for the hub (target sub-resource {@code iotHub}). */
    PrivateEndpointBlank definePrivateEndpoint(String name);

    /** Adds a tag to the hub ({@code tags}), over the network's tags. */
    WithOptions withTag(String name, String value);

    /** The finished hub. */
    IotHubSpec build();
  }

  /** The IP filter's rules and options, then {@link #attach()}. */
  interface IpFilter {
    /**
     * Allows an IPv4 address or CIDR range ({@code networkRuleSets.ipRules[]} with
     * {@code action: Allow}). Names are unique, case-insensitively; at most 100 rules.
     */
    IpFilter allow(String filterName, String ipMask);

    /**
     * Applies the filter to the built-in Event Hubs-compatible endpoint too
     * ({@code applyToBuiltInEventHubEndpoint: true}). Default: not applied, so that endpoint stays public.
     */
    IpFilter applyToBuiltInEventHubEndpoint();

    /** Back to the hub. */
    WithOptions attach();
  }

  /** First stage of a private endpoint: its subnet is required. */
  interface PrivateEndpointBlank {
    /**
     * Places the endpoint in {@code subnet} ({@code properties.subnet.id}): an existing subnet
     * ({@link Subnet#existing(String)}) or one of a declared network ({@code vnet.subnet("name")}).
     */
    PrivateEndpointOptions inSubnet(SubnetRef subnet);
  }

  /** Optional private endpoint settings, then {@link #attach()}. */
  interface PrivateEndpointOptions {
    /** Sets the endpoint's {@code location}. Default: the hub's region, as the article advises. */
    PrivateEndpointOptions inRegion(Region region);

    /** Sets {@code properties.customNetworkInterfaceName}. Default: Azure names the NIC. */
    PrivateEndpointOptions withCustomNetworkInterfaceName(String name);

    /**
     * Gives the {@code iotHub} member a static address ({@code properties.ipConfigurations[]}).
     * Default: a dynamic address from the subnet.
     */
    PrivateEndpointOptions withStaticPrivateIpAddress(String ipAddress);

    /** Adds a tag to the endpoint ({@code tags}), over the network's tags. */
    PrivateEndpointOptions withTag(String name, String value);

    /** Back to the hub. */
    WithOptions attach();
  }
}
