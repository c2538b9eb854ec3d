package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.dsl.UserAssignedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hub's {@code identity}: system-assigned ({@code withSystemAssignedIdentity()}) and each of its
 * user-assigned identities, in the export's order ({@code withUserAssignedIdentity(..)} once per identity; egress
 * uses the first), created ({@code UserAssignedIdentity.define}) when the export holds it, else existing by
 * resource id, or by resource group and name when a template names it so.
 */
final class IdentityGroup implements PropertyGroup {
  private static final String IDENTITY_TYPE = "Microsoft.ManagedIdentity/userAssignedIdentities";

  @Override
  public void adopt(AdoptionContext context) {
    String type = context.take("identity", "type").map(JsonNode::asText).orElse("None").toLowerCase(Locale.ROOT);
    if (type.contains("systemassigned")) {
      context.hubCall("withSystemAssignedIdentity");
    }
    List<String> ids = new ArrayList<>();
    context.object("identity", "userAssignedIdentities").ifPresent(map -> map.fieldNames().forEachRemaining(ids::add));
    for (String id : ids) {
      context.take("identity", "userAssignedIdentities", id);
      context.hubCall("withUserAssignedIdentity", identity(context, id));
    }
  }

  private static JavaCode identity(AdoptionContext context, String id) {
    Optional<ArmReference> reference = ArmReference.parse(id);
    String name = reference.map(ArmReference::leafName).orElse(id.substring(id.lastIndexOf('/') + 1));
    boolean inExport = context.resources(IDENTITY_TYPE).stream().anyMatch(resource -> resource.name().equalsIgnoreCase(name));
    if (inExport) {
      return JavaCode.call(UserAssignedIdentity.class, "define", JavaCode.string(name));
    }
    if (reference.flatMap(ArmReference::literalId).isPresent()) {
      return JavaCode.call(UserAssignedIdentity.class, "existing", JavaCode.string(id));
    }
    return reference.flatMap(ArmReference::resourceGroup)
        .map(group -> JavaCode.call(UserAssignedIdentity.class, "existing", JavaCode.string(group), JavaCode.string(name)))
        .orElseGet(() -> JavaCode.call(UserAssignedIdentity.class, "define", JavaCode.string(name)));
  }
}
