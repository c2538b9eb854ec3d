package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SelfManagedDns;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each hub adds to its group's template, for packing groups ({@link HubGroups#packed}), counted
 * from the definition. The count may overestimate (shared entities count for every hub that uses
 * them), which the groups' half-limit budget affords; the written templates are measured anyway.
 */
final class HubCosts {
  private HubCosts() {}

  /**
   * True when {@code spec} cannot be one template whatever its other resources: its hubs' outputs
   * alone exceed the limit.
   */
  static boolean tooManyHubsForOneTemplate(IotNetworkSpec spec) {
    return spec.iotHubs().stream().mapToInt(HubCosts::outputs).sum() > TemplateLimits.OUTPUTS;
  }

  /**
   * Counted from the definition, by hub name: the hub, its private endpoints and their zone groups,
   * the role assignments of its system-assigned identity on created targets, and the created entities
   * it writes to (counted for every hub that uses one: an overestimate, which packing can afford), and its
   * consumer groups.
   */
  static Map<String, HubGroups.HubCost> counted(IotNetworkSpec spec) {
    int perEndpoint = spec.privateDns() instanceof SelfManagedDns ? 1 : 2;
    Map<String, HubGroups.HubCost> costs = new LinkedHashMap<>();
    for (IotHubSpec hub : spec.iotHubs()) {
      long assignments = Grant.of(hub).stream()
          .filter(grant -> grant.identity() == IdentityKind.SYSTEM_ASSIGNED && grant.target().created()).count();
      long entities = EgressUse.of(hub).stream().filter(use -> use.target().created()).count();
      int resources = 1 + hub.privateEndpoints().size() * perEndpoint + (int) (assignments + entities)
          + hub.settings().consumerGroups().size();
      costs.put(hub.name(), new HubGroups.HubCost(resources, outputs(hub)));
    }
    return costs;
  }

  /** The outputs {@code hub} adds: two for a hub the template deploys, one for an existing hub. */
  static int outputs(IotHubSpec hub) {
    return hub.isExisting() ? EgressPlanner.OUTPUTS_PER_EXISTING_HUB : EgressPlanner.OUTPUTS_PER_HUB;
  }
}
