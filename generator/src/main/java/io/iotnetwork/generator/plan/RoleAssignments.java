package io.iotnetwork.generator.plan;

import com.azure.resourcemanager.authorization.models.PrincipalType;

/**
 * Plans role assignments ({@code Microsoft.Authorization/roleAssignments}) of a built-in data role
 * for a managed identity, scoped to one entity: the narrowest scope the target allows. Named with a
 * deterministic {@code guid(scope id, principal seed, role)} and typed {@code ServicePrincipal}
 * (facts §5).
 */
final class RoleAssignments {
  private static final String PRINCIPAL_TYPE = PrincipalType.SERVICE_PRINCIPAL.toString();

  private RoleAssignments() {}

  static PlannedResource plan(PlanContext context, PlannedResource entity, Value principalId, Value seed,
      DataRole role, String symbolHint, String description) {
    Call name = Call.of("guid", entity.id(), seed, role.definitionId());
    Obj body = Obj.builder()
        .put("scope", new ScopeOf(entity))
        .put("properties", Obj.builder()
            .put("roleDefinitionId", role.definitionId())
            .put("principalId", principalId)
            .put("principalType", PRINCIPAL_TYPE)
            .put("description", description)
            .build())
        .build();
    return context.add(PlannedResource.of(context.symbolicNames.allocate("roleAssignment", symbolHint),
        ResourceType.ROLE_ASSIGNMENT, name, body));
  }
}
