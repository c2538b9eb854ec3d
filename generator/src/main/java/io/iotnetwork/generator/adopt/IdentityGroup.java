package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.dsl.UserAssignedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hub's {@code identity}: system-assigned ({@code withSystemAssignedIdentity()}) and its
 * user-assigned identity, created ({@code UserAssignedIdentity.define}) when the export holds it, else
 * existing. The DSL states one user-assigned identity; more are reported as unexpressed.
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
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      context.take("identity", "userAssignedIdentities", id);
      if (i == 0) {
        context.hubCall("withUserAssignedIdentity", identity(context, id));
      } else {
        context.note(AdoptionNote.Kind.UNEXPRESSED, AdoptionContext.path("identity", "userAssignedIdentities", id),
            "the DSL states one user-assigned identity; this one is left out");
      }
    }
  }

  private static JavaCode identity(AdoptionContext context, String id) {
    Optional<ArmReference> reference = ArmReference.parse(id);
    String name = reference.map(ArmReference::leafName).orElse(id.substring(id.lastIndexOf('/') + 1));
    boolean inExport = context.resources(IDENTITY_TYPE).stream().anyMatch(resource -> resource.name().equalsIgnoreCase(name));
    return inExport || reference.flatMap(ArmReference::literalId).isEmpty()
        ? JavaCode.call(UserAssignedIdentity.class, "define", JavaCode.string(name))
        : JavaCode.call(UserAssignedIdentity.class, "existing", JavaCode.string(id));
  }
}
