package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a valid definition into a {@link Plan}: stable symbolic names, references instead of
 * hand-written dependencies, resources sorted by kind and symbolic name. Call it only on a
 * definition without validation errors.
 */
public final class Planner {
  private Planner() {}

  /** The plan of {@code spec}. */
  public static Plan plan(IotNetworkSpec spec) {
    PlanContext context = PlanContext.main(spec);
    Map<String, PlannedResource> declaredNetworks = VirtualNetworkPlanner.plan(context);
    NetworkReferences networks = new NetworkReferences(declaredNetworks);
    Optional<DnsZoneIds> zones = PrivateDnsPlanner.plan(context, networks);
    EgressPlanner egress = new EgressPlanner(context);
    for (IotHubSpec hub : spec.iotHubs()) {
      PlannedResource plannedHub = egress.planHub(hub);
      PrivateEndpointPlanner.plan(context, hub, plannedHub, networks, zones);
    }
    egress.planAccess();
    return context.toPlan();
  }
}
