package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.Comparator;
import java.util.List;
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
    PlanContext context = new PlanContext(spec);
    Map<String, PlannedResource> declaredNetworks = VirtualNetworkPlanner.plan(context);
    NetworkReferences networks = new NetworkReferences(declaredNetworks);
    Optional<DnsZoneIds> zones = PrivateDnsPlanner.plan(context, networks);
    for (IotHubSpec hub : spec.iotHubs()) {
      PlannedResource plannedHub = IotHubPlanner.plan(context, hub);
      PrivateEndpointPlanner.plan(context, hub, plannedHub, networks, zones);
    }
    return new Plan(spec.id(), context.parameters, sorted(context.resources), context.outputs);
  }

  private static List<PlannedResource> sorted(List<PlannedResource> resources) {
    return resources.stream()
        .sorted(Comparator.comparing((PlannedResource r) -> kindOrder(r.type()))
            .thenComparing(PlannedResource::symbolicName))
        .toList();
  }

  private static int kindOrder(ResourceType type) {
    int order = ResourceType.DEPLOYMENT_ORDER.indexOf(type);
    if (order < 0) {
      throw new IllegalStateException("bug: " + type + " has no place in ResourceType.DEPLOYMENT_ORDER");
    }
    return order;
  }
}
