package io.iotnetwork.generator.plan;

import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the virtual networks declared in the DSL ({@code Microsoft.Network/virtualNetworks}), with
 * their subnets inline so that a re-deployment never drops one.
 */
final class VirtualNetworkPlanner {
  private VirtualNetworkPlanner() {}

  /** Plans every declared network once; returns the planned resource by network name. */
  static Map<String, PlannedResource> plan(PlanContext context) {
    Map<String, PlannedResource> planned = new LinkedHashMap<>();
    for (VirtualNetworkSpec network : context.spec.declaredVirtualNetworks()) {
      planned.computeIfAbsent(network.name(), name -> context.add(PlannedResource.of(
          context.symbolicNames.allocate("virtualNetwork", name), ResourceType.VIRTUAL_NETWORK,
          Value.of(name), body(context, network))));
    }
    return planned;
  }

  private static Obj body(PlanContext context, VirtualNetworkSpec network) {
    List<Value> prefixes = new ArrayList<>();
    network.addressPrefixes().forEach(prefix -> prefixes.add(Value.of(prefix)));
    List<Value> subnets = new ArrayList<>();
    for (SubnetSpec subnet : network.subnets()) {
      subnets.add(Obj.builder()
          .put("name", subnet.name())
          .put("properties", Obj.builder()
              .put("addressPrefix", subnet.addressPrefix())
              .put("privateEndpointNetworkPolicies", subnet.privateEndpointNetworkPolicies().toString())
              .build())
          .build());
    }
    return context.bodyWith(context.locationOf(network.region()), network.tags())
        .put("properties", Obj.builder()
            .put("addressSpace", Obj.builder().put("addressPrefixes", new Arr(prefixes)).build())
            .put("subnets", new Arr(subnets))
            .build())
        .build();
  }
}
