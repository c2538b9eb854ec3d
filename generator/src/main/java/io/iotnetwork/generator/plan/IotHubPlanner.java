package io.iotnetwork.generator.plan;

import com.azure.resourcemanager.iothub.models.IotHubProperties;
import com.azure.resourcemanager.iothub.models.EventHubProperties;
import com.azure.resourcemanager.iothub.models.FallbackRouteProperties;
import com.azure.resourcemanager.iothub.models.IotHubSkuInfo;
import com.azure.resourcemanager.iothub.models.NetworkRuleIpAction;
import com.azure.resourcemanager.iothub.models.NetworkRuleSetIpRule;
import com.azure.resourcemanager.iothub.models.NetworkRuleSetProperties;
import com.azure.resourcemanager.iothub.models.RoutingProperties;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IpFilterSpec;
import java.util.List;
import java.util.Map;

/**
 * Plans an IoT hub ({@code Microsoft.Devices/IotHubs}). PUT replaces the whole hub, so it is always
 * written in full: the built-in endpoint ({@code eventHubEndpoints.events}, which must be present)
 * and an explicit fallback route (absent, it would be disabled).
 */
final class IotHubPlanner {
  /** The hub's built-in Event Hubs-compatible endpoint, the only key {@code eventHubEndpoints} allows. */
  static final String BUILT_IN_ENDPOINT = "events";
  /** The name the portal gives the fallback route. */
  static final String FALLBACK_ROUTE_NAME = "$fallback";

  private IotHubPlanner() {}

  static PlannedResource plan(PlanContext context, IotHubSpec hub) {
    String symbolicName = context.symbolicNames.allocate("iotHub", hub.name());
    Parameter name = context.addParameter(Parameter.string(symbolicName + "Name", hub.name(),
        "Name of the IoT hub '" + hub.name() + "': globally unique, 3-50 letters, digits and hyphens.")
        .withLength(3, 50));
    Obj body = context.bodyWith(context.locationOf(hub.region()), hub.tags())
        .put("sku", SdkModels.toObj(new IotHubSkuInfo().withName(hub.sku()).withCapacity(hub.units())))
        .put("properties", SdkModels.toObj(properties(hub)))
        .build();
    PlannedResource planned = context.add(PlannedResource.of(symbolicName, ResourceType.IOT_HUB, name.ref(), body));
    context.addOutput(new Output(symbolicName + "ResourceId", ParameterType.STRING, planned.id(),
        "Resource id of the IoT hub '" + hub.name() + "'."));
    context.addOutput(new Output(symbolicName + "HostName", ParameterType.STRING,
        PropertyOf.of(planned, "properties", "hostName"), "Host name of the IoT hub '" + hub.name() + "'."));
    return planned;
  }

  private static IotHubProperties properties(IotHubSpec hub) {
    IotHubProperties properties = new IotHubProperties()
        .withDisableLocalAuth(hub.disableLocalAuth())
        .withDisableDeviceSas(hub.disableDeviceSas())
        .withDisableModuleSas(hub.disableModuleSas())
        .withPublicNetworkAccess(hub.publicNetworkAccess())
        .withMinTlsVersion(hub.minTlsVersion())
        .withEventHubEndpoints(Map.of(BUILT_IN_ENDPOINT, new EventHubProperties()
            .withPartitionCount(hub.builtInEndpoint().partitionCount())
            .withRetentionTimeInDays(hub.builtInEndpoint().retentionTimeInDays())))
        .withRouting(new RoutingProperties()
            .withRoutes(List.of())
            .withFallbackRoute(new FallbackRouteProperties()
                .withName(FALLBACK_ROUTE_NAME)
                .withSource(RoutingSource.DEVICE_MESSAGES)
                .withCondition("true")
                .withEndpointNames(List.of(BUILT_IN_ENDPOINT))
                .withIsEnabled(true)));
    hub.ipFilter().ifPresent(filter -> properties.withNetworkRuleSets(networkRuleSets(filter)));
    return properties;
  }

  private static NetworkRuleSetProperties networkRuleSets(IpFilterSpec filter) {
    return new NetworkRuleSetProperties()
        .withDefaultAction(filter.defaultAction())
        .withApplyToBuiltInEventHubEndpoint(filter.applyToBuiltInEventHubEndpoint())
        .withIpRules(filter.rules().stream()
            .map(rule -> new NetworkRuleSetIpRule()
                .withFilterName(rule.filterName())
                .withAction(NetworkRuleIpAction.ALLOW)
                .withIpMask(rule.ipMask()))
            .toList());
  }
}
