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
  private final Key key;
  private final Map<String, Principal> principals = new LinkedHashMap<>();
  private final Map<String, List<Grant>> grants = new LinkedHashMap<>();
  private final Map<String, Principal> grantPrincipals = new LinkedHashMap<>();
  private final Map<String, EgressTarget> protectedTargets = new LinkedHashMap<>();

  /**
   * Which access module: the targets' resource group and, for the system-assigned identities of one
   * hub group in a sharded plan, that group.
   */
  record Key(ResourceGroupRef resourceGroup, Optional<HubGroups.HubGroup> hubGroup) {}

  AccessModulePlanner(IotNetworkSpec spec, Key key) {
    this.spec = spec;
    this.key = key;
  }

  /** Adds the role assignment of {@code grant} for {@code principal}; hubs sharing an identity share it. */
  void grant(Principal principal, Grant grant) {
    principals.putIfAbsent(principal.symbol(), principal);
    String key = grant.assignmentKey(principal);
    grants.computeIfAbsent(key, k -> new ArrayList<>()).add(grant);
    grantPrincipals.putIfAbsent(key, principal);
  }

  /** Adds {@code target}'s firewall rule set (trusted services on). */
  void protect(EgressTarget target) {
    protectedTargets.putIfAbsent(EgressPlanner.keyOf(target), target);
  }

  /** True when the module holds a role assignment of {@code hub}'s. */
  boolean serves(IotHubSpec hub) {
    return grants.values().stream().flatMap(List::stream).anyMatch(grant -> grant.hub().name().equals(hub.name()))
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
    grants.forEach((key, shared) -> {
      Principal principal = innerPrincipals.get(grantPrincipals.get(key).symbol());
      Grant grant = shared.get(0);
      PlannedResource entity = targets.entity(grant.target(), grant.entityKind(), grant.entityName());
      RoleAssignments.plan(inner, entity, principal.principalId(), principal.seed(), grant.role(),
          grant.hub().name() + "-" + grant.target().name() + "-" + grant.entityName(), Grant.describe(principal, shared));
    });
    ResourceGroupRef group = key.resourceGroup();
    String symbol = outer.symbolicNames.allocate("egressAccess", group.resourceGroup()
        + key.hubGroup().map(hubGroup -> "-" + hubGroup.key()).orElse(""));
    Call deploymentName = Call.format("iotnet-access-" + key.hubGroup().map(hubGroup -> hubGroup.key() + "-").orElse("")
        + "{0}", DeploymentNames.uniqueIn(group, spec.id()));
    return new PlannedModule(symbol, "modules/" + ModuleFiles.kebab(symbol) + ".bicep", deploymentName,
        Optional.of(group), inputs.arguments(), inner.toPlan(), List.of());
  }
}
