package io.iotnetwork.generator.plan;

import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One module per resource group of existing targets (possibly another subscription of the tenant):
 * the targets declared {@code existing}, an existing namespace's firewall rule set with the
 * trusted-services exception, and the role assignments of every hub identity that sends there.
 */
final class AccessModulePlanner {
  private final IotNetworkSpec spec;
  private final ResourceGroupRef group;
  private final Map<String, Principal> principals = new LinkedHashMap<>();
  private final List<Map.Entry<Principal, Grant>> grants = new ArrayList<>();
  private final Map<String, EgressTarget> protectedTargets = new LinkedHashMap<>();

  AccessModulePlanner(IotNetworkSpec spec, ResourceGroupRef group) {
    this.spec = spec;
    this.group = group;
  }

  /** Adds the role assignment of {@code grant} for {@code principal}. */
  void grant(Principal principal, Grant grant) {
    principals.putIfAbsent(principal.symbol(), principal);
    grants.add(Map.entry(principal, grant));
  }

  /** Adds {@code target}'s firewall rule set (trusted services on). */
  void protect(EgressTarget target) {
    protectedTargets.putIfAbsent(EgressPlanner.keyOf(target), target);
  }

  /** True when the module holds a role assignment of {@code hub}'s. */
  boolean serves(IotHubSpec hub) {
    return grants.stream().anyMatch(entry -> entry.getValue().hub().equals(hub))
        || protectedTargets.values().stream().anyMatch(target -> hub.egress().targets().stream()
            .anyMatch(used -> EgressPlanner.keyOf(used).equals(EgressPlanner.keyOf(target))));
  }

  PlannedModule plan(PlanContext outer) {
    PlanContext inner = PlanContext.module(spec);
    ModuleInputs inputs = new ModuleInputs(inner);
    Map<String, Principal> innerPrincipals = new LinkedHashMap<>();
    principals.forEach((symbol, principal) -> innerPrincipals.put(symbol, new Principal(symbol,
        inputs.input(symbol + "PrincipalId", principal.principalId()), inputs.input(symbol + "Id", principal.seed()),
        principal.label())));
    TargetPlanner targets = new TargetPlanner(inner);
    protectedTargets.values().forEach(targets::target);
    for (Map.Entry<Principal, Grant> entry : grants) {
      Principal principal = innerPrincipals.get(entry.getKey().symbol());
      Grant grant = entry.getValue();
      PlannedResource entity = targets.entity(grant.target(), grant.entityKind(), grant.entityName());
      RoleAssignments.plan(inner, entity, principal.principalId(), principal.seed(), grant.role(),
          grant.hub().name() + "-" + grant.target().name() + "-" + grant.entityName(), grant.description(principal));
    }
    String symbol = outer.symbolicNames.allocate("egressAccess", group.resourceGroup());
    Call deploymentName = Call.format("iotnet-access-{0}",
        Call.of("uniqueString", Value.of(group.subscriptionId()), Value.of(group.resourceGroup()), Value.of(spec.id())));
    return new PlannedModule(symbol, "modules/" + ModuleFiles.kebab(symbol) + ".bicep", deploymentName,
        Optional.of(group), inputs.arguments(), inner.toPlan(), List.of());
  }
}
