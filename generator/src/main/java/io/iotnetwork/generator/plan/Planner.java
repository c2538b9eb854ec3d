package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a valid definition into a {@link Plan}: stable symbolic names, references instead of
 * hand-written dependencies, resources sorted by kind and symbolic name. A definition within ARM's
 * template limits is one template; a larger one (a fleet, typically) is planned in hub groups and sharded
 * ({@link Sharder}). Call it only on a definition without validation errors.
 */
public final class Planner {
  private Planner() {}

  /** The plan of {@code spec}. */
  public static Plan plan(IotNetworkSpec spec) {
    if (!HubCosts.tooManyHubsForOneTemplate(spec)) {
      Plan whole = plan(spec, HubGroups.ungrouped()).toPlan();
      if (TemplateLimits.countsFit(whole)) {
        return whole;
      }
    }
    Map<String, HubGroups.HubCost> costs = HubCosts.counted(spec);
    return sharded(spec, HubGroups.packed(spec, hub -> costs.get(hub.name()),
        new HubGroups.HubCost(TemplateLimits.GROUP_RESOURCES, TemplateLimits.OUTPUTS)));
  }

  /**
   * The plan of {@code spec} sharded into hub groups of at most {@code hubsPerGroup} hubs, whether or
   * not it would fit one template. {@link #plan} shards only when it must; this is for tests that
   * exercise sharding on small definitions.
   */
  public static Plan planSharded(IotNetworkSpec spec, int hubsPerGroup) {
    return sharded(spec, HubGroups.packed(spec, hub -> new HubGroups.HubCost(1, 0),
        new HubGroups.HubCost(hubsPerGroup, TemplateLimits.OUTPUTS)));
  }

  private static Plan sharded(IotNetworkSpec spec, HubGroups groups) {
    PlanContext grouped = plan(spec, groups);
    Map<String, String> hubGroups = new LinkedHashMap<>();
    grouped.hubs.forEach((symbol, hub) -> hubGroups.put(symbol, groups.of(hub).key()));
    Plan groupedPlan = grouped.toPlan();
    return Sharder.shard(spec, groupedPlan, Placement.of(groupedPlan, hubGroups),
        groups.groups().stream().map(HubGroups.HubGroup::key).toList());
  }

  private static PlanContext plan(IotNetworkSpec spec, HubGroups groups) {
    PlanContext context = PlanContext.main(spec);
    Map<String, PlannedResource> declaredNetworks = VirtualNetworkPlanner.plan(context);
    NetworkReferences networks = new NetworkReferences(declaredNetworks);
    Optional<DnsZoneIds> zones = PrivateDnsPlanner.plan(context, networks);
    EgressPlanner egress = new EgressPlanner(context, groups);
    for (IotHubSpec hub : spec.iotHubs()) {
      PlannedResource plannedHub = egress.planHub(hub);
      PrivateEndpointPlanner.plan(context, hub, plannedHub, networks, zones);
    }
    egress.planAccess();
    return context;
  }
}
