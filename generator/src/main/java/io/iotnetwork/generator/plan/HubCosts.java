package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SelfManagedDns;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each hub adds to its group's template, for packing groups ({@link HubGroups#packed}): measured
 * on a plan, or, for a fleet that cannot be one template anyway, counted from the definition.
 */
final class HubCosts {
  /** The outputs every hub has: its resource id and host name. */
  static final int OUTPUTS_PER_HUB = 2;

  private HubCosts() {}

  /**
   * True when {@code spec} cannot be one template whatever its other resources: its hubs' outputs
   * alone exceed the limit.
   */
  static boolean tooManyHubsForOneTemplate(IotNetworkSpec spec) {
    return spec.iotHubs().size() * OUTPUTS_PER_HUB > TemplateLimits.OUTPUTS;
  }

  /**
   * Counted from the definition, by hub name: the hub, its private endpoints and their zone groups,
   * the role assignments of its system-assigned identity on created targets, and the created entities
   * it writes to (counted for every hub that uses one: an overestimate, which packing can afford).
   */
  static Map<String, HubGroups.HubCost> counted(IotNetworkSpec spec) {
    int perEndpoint = spec.privateDns() instanceof SelfManagedDns ? 1 : 2;
    Map<String, HubGroups.HubCost> costs = new LinkedHashMap<>();
    for (IotHubSpec hub : spec.iotHubs()) {
      long assignments = Grant.of(hub).stream()
          .filter(grant -> grant.identity() == IdentityKind.SYSTEM_ASSIGNED && grant.target().created()).count();
      long entities = EgressUse.of(hub).stream().filter(use -> use.target().created()).count();
      int resources = 1 + hub.privateEndpoints().size() * perEndpoint + (int) (assignments + entities);
      costs.put(hub.name(), new HubGroups.HubCost(resources, OUTPUTS_PER_HUB));
    }
    return costs;
  }

  /** Measured on {@code plan}, by hub name: the resources placed with each hub alone, and its outputs. */
  static Map<String, HubGroups.HubCost> measured(PlanContext whole, Plan plan) {
    Map<String, String> alone = new LinkedHashMap<>();
    whole.hubs.keySet().forEach(symbol -> alone.put(symbol, symbol));
    Map<String, String> placed = Placement.of(plan, alone);
    Map<String, Integer> resources = new LinkedHashMap<>();
    placed.values().forEach(symbol -> resources.merge(symbol, 1, Integer::sum));
    Map<String, Integer> outputs = new LinkedHashMap<>();
    for (Output output : plan.outputs()) {
      Dependencies.in(output.value()).stream().map(reference -> placed.get(reference.symbolicName()))
          .filter(java.util.Objects::nonNull).distinct().forEach(symbol -> outputs.merge(symbol, 1, Integer::sum));
    }
    Map<String, HubGroups.HubCost> costs = new LinkedHashMap<>();
    whole.hubs.forEach((symbol, hub) -> costs.put(hub.name(), new HubGroups.HubCost(resources.getOrDefault(symbol, 0),
        outputs.getOrDefault(symbol, 0))));
    return costs;
  }
}
