package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.model.FirewallMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The egress targets the adopted hub's endpoints and file upload name, one variable each: the created
 * form ({@code define(..)}) when the export holds the resource, else the existing form with its
 * resource id, or with its resource group and name when the endpoint names no subscription (then it is the
 * hub's, the deployment's), marked {@code withExistingGrant()} when the hub reaches it with its identity.
 */
final class Targets {
  /** Receives a note. */
  interface Notes {
    void note(AdoptionNote.Kind kind, String jsonPath, String message);
  }

  private final ExportReadResult export;
  private final ExportedResource hub;
  private final Notes notes;
  private final VariableNames variables;
  private final Map<String, Target> byKey = new LinkedHashMap<>();

  Targets(ExportReadResult export, ExportedResource hub, Notes notes, VariableNames variables) {
    this.export = export;
    this.hub = hub;
    this.notes = notes;
    this.variables = variables;
  }

  /** Where a use of a target found it: the subscription and resource group an endpoint names, if any. */
  record Where(Optional<String> subscriptionId, Optional<String> resourceGroup) {}

  /**
   * The variable of target {@code name} of {@code kind}, declared on first use; empty (with an
   * unexpressed note) when it exists outside the export and its subscription or group is unknown.
   * {@code entity} is the container, event hub, queue or topic used at {@code jsonPath}.
   */
  Optional<JavaCode> use(TargetKind kind, String name, Where where, boolean identityBased, String entity,
      String jsonPath) {
    String key = kind + "/" + name.toLowerCase(Locale.ROOT);
    Target target = byKey.get(key);
    if (target == null) {
      Optional<Target> made = make(kind, name, where, jsonPath);
      if (made.isEmpty()) {
        return Optional.empty();
      }
      target = made.get();
      byKey.put(key, target);
    }
    if (identityBased && !target.created) {
      target.grantExists = true;
      notes.note(AdoptionNote.Kind.EXISTING_GRANT, jsonPath, "the hub's identity is expected to hold "
          + kind.dataRole + " on '" + entity + "' of " + name + " already; the definition says"
          + " .withExistingGrant(), so the template writes no role assignment for it");
    }
    return Optional.of(JavaCode.variable(target.variable));
  }

  List<TargetDeclaration> declarations() {
    List<TargetDeclaration> declarations = new ArrayList<>();
    for (Target target : byKey.values()) {
      List<DslCall> calls = new ArrayList<>(target.calls);
      if (target.grantExists) {
        calls.add(new DslCall(0, "withExistingGrant", List.of()));
      }
      calls.add(new DslCall(0, "build", List.of()));
      declarations.add(new TargetDeclaration(target.variable, target.kind.spec, target.start, calls, target.comments));
    }
    return declarations;
  }

  private Optional<Target> make(TargetKind kind, String name, Where where, String jsonPath) {
    Optional<ExportedResource> inExport = export.resources().stream()
        .filter(resource -> resource.isA(kind.resourceType) && resource.name().equalsIgnoreCase(name)).findFirst();
    String variable = variables.forResource(name);
    if (inExport.isPresent()) {
      List<DslCall> calls = new ArrayList<>();
      JsonNode sku = inExport.get().body().path("sku").path("name");
      if (sku.isTextual() && !sku.asText().equalsIgnoreCase(kind.defaultSku)) {
        calls.add(new DslCall(0, "withSku", List.of(JavaCode.constant(kind.skuType, sku.asText()))));
      }
      JsonNode location = inExport.get().body().path("location");
      if (location.isTextual() && !location.asText().equalsIgnoreCase(hub.body().path("location").asText())) {
        calls.add(new DslCall(0, "inRegion", List.of(JavaCode.region(location.asText()))));
      }
      if (!deniesByDefault(inExport.get())) {
        calls.add(new DslCall(0, "withFirewall", List.of(JavaCode.constant(FirewallMode.class, FirewallMode.ALL_NETWORKS.name()))));
      }
      return Optional.of(new Target(kind, variable, true, JavaCode.call(kind.dsl, "define", JavaCode.string(name)), calls,
          List.of("Created by the template, as in the export (" + inExport.get().source() + "): its SKU, region and"
              + " firewall's default action are adopted.")));
    }
    // an endpoint naming a resource group without a subscription means the hub's: the (resourceGroup, name) form
    Optional<String> subscription = where.subscriptionId()
        .or(() -> where.resourceGroup().isPresent() ? Optional.empty() : hub.scope().subscriptionId());
    Optional<String> group = where.resourceGroup().or(hub.scope()::resourceGroup);
    if (group.isEmpty()) {
      notes.note(AdoptionNote.Kind.UNEXPRESSED, jsonPath, "the endpoint's target " + name + " is not in the export,"
          + " and neither the endpoint nor the hub says its resource group");
      return Optional.empty();
    }
    List<JavaCode> arguments = new ArrayList<>();
    if (subscription.isPresent()) {
      arguments.add(JavaCode.string("/subscriptions/" + subscription.get() + "/resourceGroups/" + group.get()
          + "/providers/" + kind.resourceType + "/" + name));
    } else {
      arguments.add(JavaCode.string(group.get()));
      arguments.add(JavaCode.string(name));
    }
    kind.assumedExistingSku.ifPresent(sku -> {
      arguments.add(JavaCode.constant(kind.skuType, sku));
      notes.note(AdoptionNote.Kind.ASSUMED, jsonPath, "the SKU of existing " + name + " is not in the export;"
          + " the definition assumes " + sku + " (it is only checked, never written)");
    });
    notes.note(AdoptionNote.Kind.ASSUMED, jsonPath, "the firewall of existing " + name + " is not in the export; the"
        + " definition states FirewallMode.ALL_NETWORKS, so the template writes no firewall rule set for it and"
        + " leaves the one it has alone");
    return Optional.of(new Target(kind, variable, false,
        JavaCode.call(kind.dsl, "existing", arguments.toArray(JavaCode[]::new)),
        List.of(new DslCall(0, "withFirewall", List.of(JavaCode.constant(FirewallMode.class, FirewallMode.ALL_NETWORKS.name())))),
        List.of()));
  }

  /**
   * Whether the export shows the target's firewall denying by default: a storage account's
   * {@code networkAcls.defaultAction}, a namespace's {@code networkRuleSets} child's {@code defaultAction}.
   */
  private boolean deniesByDefault(ExportedResource target) {
    JsonNode acls = target.body().path("properties").path("networkAcls").path("defaultAction");
    if (acls.isTextual()) {
      return acls.asText().equalsIgnoreCase("Deny");
    }
    String ruleSet = target.type() + "/networkRuleSets";
    return export.resources().stream()
        .filter(resource -> resource.isA(ruleSet) && resource.name().equalsIgnoreCase(target.name() + "/default"))
        .anyMatch(resource -> resource.body().path("properties").path("defaultAction").asText().equalsIgnoreCase("Deny"));
  }

  private static final class Target {
    final TargetKind kind;
    final String variable;
    final boolean created;
    final JavaCode start;
    final List<DslCall> calls;
    final List<String> comments;
    boolean grantExists;

    Target(TargetKind kind, String variable, boolean created, JavaCode start, List<DslCall> calls, List<String> comments) {
      this.kind = kind;
      this.variable = variable;
      this.created = created;
      this.start = start;
      this.calls = calls;
      this.comments = comments;
    }
  }
}
