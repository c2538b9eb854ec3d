package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.RoutingEndpointKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One role a hub's identity needs on one entity, for every identity-based use of it.
 *
 * @param hub         the hub
 * @param identity    which of its identities
 * @param target      the account or namespace
 * @param entityKind  container, event hub, queue or topic
 * @param entityName  the entity
 * @param role        the built-in role
 * @param uses        the settings that need it
 */
record Grant(IotHubSpec hub, IdentityKind identity, EgressTarget target, RoutingEndpointKind entityKind,
    String entityName, DataRole role, List<EgressUse> uses) {

  Grant {
    requireNonNull(hub);
    requireNonNull(identity);
    requireNonNull(target);
    requireNonNull(entityKind);
    requireNonNull(entityName);
    requireNonNull(role);
    uses = List.copyOf(uses);
  }

  /** The grants {@code hub}'s identity-based uses need, each once, in DSL order. */
  static List<Grant> of(IotHubSpec hub) {
    Map<String, List<EgressUse>> byKey = new LinkedHashMap<>();
    Map<String, IdentityKind> identities = new LinkedHashMap<>();
    for (EgressUse use : EgressUse.of(hub)) {
      use.identity(hub).ifPresent(identity -> {
        String key = identity + "|" + EgressSpec.key(use.target()) + "|" + use.entityKind() + "|"
            + use.entityName().toLowerCase(Locale.ROOT);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(use);
        identities.put(key, identity);
      });
    }
    List<Grant> grants = new ArrayList<>();
    byKey.forEach((key, uses) -> {
      EgressUse first = uses.get(0);
      grants.add(new Grant(hub, identities.get(key), first.target(), first.entityKind(), first.entityName(),
          first.role(), uses));
    });
    return grants;
  }

  /** Identifies the role assignment this grant needs for {@code principal}: the same for every hub sharing it. */
  String assignmentKey(Principal principal) {
    return principal.symbol() + "|" + EgressSpec.key(target) + "|" + entityKind + "|"
        + entityName.toLowerCase(Locale.ROOT) + "|" + role;
  }

  /**
   * What one role assignment is for, in words a reviewer reads in the portal: {@code grants} all need
   * it (several when hubs share a user-assigned identity).
   */
  static String describe(Principal principal, List<Grant> grants) {
    Grant first = grants.get(0);
    boolean severalHubs = grants.stream().map(grant -> grant.hub().name()).distinct().count() > 1;
    String purposes = grants.stream().flatMap(grant -> grant.uses().stream().map(use -> switch (use.purpose()) {
      case ROUTING -> "routing endpoint '" + use.name() + "'";
      case FILE_UPLOAD -> "file upload";
      case IMPORT_EXPORT -> "device import/export";
      case ACCESS -> "access prepared for a later endpoint";
    } + (severalHubs ? " of hub '" + grant.hub().name() + "'" : ""))).collect(Collectors.joining(", "));
    return "iot-network: " + first.role().displayName() + " for " + principal.label() + " on "
        + first.entityKind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " '" + first.entityName() + "' of '"
        + first.target().name() + "' (" + purposes + ")";
  }
}
