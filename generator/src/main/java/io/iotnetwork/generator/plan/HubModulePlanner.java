package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step (3) of the two-step path (azure-facts §6): the complete hub, with its identity-based
 * endpoints, routes and file upload, deployed again after its role assignments and target firewalls
 * exist. A module, because one file cannot declare the same resource twice.
 */
final class HubModulePlanner {
  private HubModulePlanner() {}

  static PlannedModule plan(PlanContext outer, EgressPlanner.HubPlan plan, List<Deployable> after) {
    IotHubSpec hub = plan.hub();
    PlanContext inner = PlanContext.module(outer.spec);
    ModuleInputs inputs = new ModuleInputs(inner);
    Value name = inputs.input("name", plan.name().ref());
    Value location = inputs.input("location", plan.location(outer));
    Optional<Value> identity = plan.userAssignedIdentity()
        .map(resource -> inputs.input("userAssignedIdentityId", resource.id()));
    Map<String, Value> secrets = new LinkedHashMap<>();
    plan.connectionStrings().forEach((key, parameter) ->
        secrets.put(key, inputs.secret(parameter.name(), parameter.ref())));
    inner.add(PlannedResource.of(inner.symbolicNames.allocate("iotHub", hub.name()), ResourceType.IOT_HUB, name,
        HubBody.of(inner, hub, new HubBody.Inputs(location, identity, secrets), true)));
    String symbol = outer.symbolicNames.allocate(plan.symbol(), "egress");
    return new PlannedModule(symbol, "modules/" + ModuleFiles.kebab(symbol) + ".bicep",
        Call.format("{0}-egress", plan.name().ref()), Optional.empty(), inputs.arguments(), inner.toPlan(), after);
  }
}
