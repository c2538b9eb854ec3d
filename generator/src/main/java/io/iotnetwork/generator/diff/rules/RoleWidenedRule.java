package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.ResourceChange;
import io.iotnetwork.generator.diff.RiskClass;
import io.iotnetwork.generator.diff.RiskRule;
import io.iotnetwork.generator.plan.DataRole;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A role assignment grants more: a role other than the narrowest data roles of azure-facts §5, or
 * the same principal on a broader scope (an ancestor of the scope it had). Role assignment names
 * are GUIDs of scope, principal and role, so a changed grant is a deletion paired with a creation
 * for the same principal; both forms are recognized. A grant removed closes access.
 */
public final class RoleWidenedRule implements RiskRule {
  private static final String ROLE_ASSIGNMENTS = "Microsoft.Authorization/roleAssignments";

  @Override
  public Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all) {
    if (!resource.isA(ROLE_ASSIGNMENTS)) {
      return Optional.empty();
    }
    if (resource.kind() == ResourceChange.Kind.DELETE) {
      boolean replaced = all.stream().anyMatch(other -> other.kind() == ResourceChange.Kind.CREATE && other.isA(ROLE_ASSIGNMENTS)
          && samePrincipal(other.resource(), resource.resource()));
      return replaced ? Optional.empty() : Changes.verdict(RiskClass.CLOSES_ACCESS, "role-removed",
          "the grant of role " + role(resource.resource()) + " on " + scope(resource.resource()) + " is removed");
    }
    ExportedResource granted = resource.after().orElseThrow();
    Optional<ExportedResource> earlier = resource.before().or(() -> all.stream()
        .filter(other -> other.kind() == ResourceChange.Kind.DELETE && other.isA(ROLE_ASSIGNMENTS)
            && samePrincipal(other.resource(), granted))
        .map(ResourceChange::resource).findFirst());
    if (!isNarrowDataRole(role(granted)) && earlier.map(old -> isNarrowDataRole(role(old))).orElse(true)) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "role-widened", "role " + role(granted) + " is granted on "
          + scope(granted) + ": broader than the narrowest data role the hub needs (Storage Blob Data Contributor,"
          + " Azure Event Hubs Data Sender, Azure Service Bus Data Sender)");
    }
    if (earlier.isPresent() && isAncestor(scope(granted), scope(earlier.get()))) {
      return Changes.verdict(RiskClass.OPENS_ACCESS, "role-widened", "role " + role(granted) + " moves from scope "
          + scope(earlier.get()) + " to the broader " + scope(granted));
    }
    return Optional.empty();
  }

  private static boolean isNarrowDataRole(String roleDefinitionId) {
    String id = roleDefinitionId.toLowerCase(Locale.ROOT);
    return Arrays.stream(DataRole.values()).anyMatch(role -> id.contains(role.definitionGuid()));
  }

  private static boolean samePrincipal(ExportedResource one, ExportedResource other) {
    String principal = one.body().at("/properties/principalId").asText();
    return !principal.isEmpty() && principal.equalsIgnoreCase(other.body().at("/properties/principalId").asText());
  }

  /** Whether {@code broader} is a proper ancestor of {@code narrower}, segment by segment. */
  private static boolean isAncestor(String broader, String narrower) {
    String wide = broader.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    String narrow = narrower.toLowerCase(Locale.ROOT);
    return !wide.equals(narrow.replaceAll("/+$", "")) && narrow.startsWith(wide + "/");
  }

  private static String role(ExportedResource assignment) {
    return assignment.body().at("/properties/roleDefinitionId").asText();
  }

  private static String scope(ExportedResource assignment) {
    return assignment.body().path("scope").asText("the deployment's resource group");
  }
}
