package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Step (3) of the two-step path (azure-facts §6): the complete hubs, with their identity-based
 * endpoints, routes and file upload, deployed again after their role assignments and target
 * firewalls exist. A module, because one file cannot declare the same resource twice: one per hub,
 * or one per hub group in a sharded plan. The hubs' consumer groups follow them there, after the complete put.
 */
final class HubModulePlanner {
  private HubModulePlanner() {}

  /** The second deployment of one hub, named {@code <hub name>-egress}. */
  static PlannedModule plan(PlanContext outer, EgressPlanner.HubPlan plan, List<Deployable> after) {
    String symbol = outer.symbolicNames.allocate(plan.symbol(), "egress");
    return plan(outer, List.of(plan), after, symbol, "modules/" + ModuleFiles.kebab(symbol) + ".bicep",
        Call.format("{0}-egress", plan.name()));
  }

  /**
   * The second deployments of each group's hubs ({@code plans}, in order), each named
   * {@code iotnet-<group>-egress-<unique string>} and ordered after {@code after} of its group. The
   * symbols are taken in order from {@code outer}; the modules, which share nothing else, are planned
   * on several threads at once.
   */
  static List<PlannedModule> plan(PlanContext outer, Map<HubGroups.HubGroup, List<EgressPlanner.HubPlan>> plans,
      Map<HubGroups.HubGroup, List<Deployable>> after) {
    List<HubGroups.HubGroup> groups = List.copyOf(plans.keySet());
    List<String> symbols = groups.stream()
        .map(group -> outer.symbolicNames.allocate("hubGroup", group.key() + "-egress")).toList();
    return IntStream.range(0, groups.size()).parallel().mapToObj(i -> {
      HubGroups.HubGroup group = groups.get(i);
      return plan(outer, plans.get(group), after.get(group), symbols.get(i),
          Sharder.GROUP_FILE_PREFIX + group.key() + Sharder.SECOND_DEPLOYMENT_SUFFIX,
          Call.format("iotnet-" + group.key() + "-egress-{0}", DeploymentNames.unique(outer.spec)));
    }).toList();
  }

  /** The module {@code symbol}: reads {@code outer}, never changes it. */
  private static PlannedModule plan(PlanContext outer, List<EgressPlanner.HubPlan> plans, List<Deployable> after,
      String symbol, String fileName, Value deploymentName) {
    PlanContext inner = PlanContext.module(outer.spec);
    ModuleInputs inputs = new ModuleInputs(inner);
    for (EgressPlanner.HubPlan plan : plans) {
      IotHubSpec hub = plan.hub();
      String prefix = plans.size() == 1 ? "" : plan.symbol();
      Value name = inputs.input(key(prefix, "name"), plan.name());
      Value location = inputs.input(key(prefix, "location"), plan.location(outer));
      Optional<Value> identity = plan.userAssignedIdentity()
          .map(resource -> inputs.input(key(prefix, "userAssignedIdentityId"), resource.id()));
      List<Value> moreIdentities = new ArrayList<>();
      for (int i = 0; i < plan.moreUserAssignedIdentities().size(); i++) {
        moreIdentities.add(inputs.input(key(prefix, "userAssignedIdentityId" + (i + 2)),
            plan.moreUserAssignedIdentities().get(i).id()));
      }
      Map<String, Value> secrets = new LinkedHashMap<>();
      plan.connectionStrings().forEach((path, secret) -> secrets.put(path, inputs.secret(secret.name(), secret.value())));
      String hubSymbol = inner.symbolicNames.allocate("iotHub", hub.name());
      PlannedResource complete = inner.add(PlannedResource.of(hubSymbol, ResourceType.IOT_HUB, name,
          HubBody.of(inner, hub, new HubBody.Inputs(location, identity, secrets, moreIdentities), true)));
      ConsumerGroups.plan(inner, hub, hubSymbol, name, complete);
    }
    return new PlannedModule(symbol, fileName, deploymentName, Optional.empty(), inputs.arguments(), inner.toPlan(),
        after);
  }

  private static String key(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + SymbolicNames.pascalCase(name);
  }
}
