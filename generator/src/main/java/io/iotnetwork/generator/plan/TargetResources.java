package io.iotnetwork.generator.plan;

import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.RoutingEndpointKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The planned resources of egress targets in one template, each planned once: accounts and
 * namespaces, blob services, entities (containers, event hubs, queues, topics) and firewall rule sets.
 */
final class TargetResources {
  private final Map<String, PlannedResource> byKey = new HashMap<>();
  private final List<PlannedResource> firewalls = new ArrayList<>();

  PlannedResource target(EgressTarget target, Supplier<PlannedResource> plan) {
    return once("target:" + EgressSpec.key(target), plan);
  }

  PlannedResource blobService(EgressTarget target, Supplier<PlannedResource> plan) {
    return once("blobService:" + EgressSpec.key(target), plan);
  }

  PlannedResource entity(EgressTarget target, RoutingEndpointKind kind, String name, Supplier<PlannedResource> plan) {
    return once("entity:" + EgressSpec.key(target) + "/" + kind + "/" + name.toLowerCase(Locale.ROOT), plan);
  }

  void addFirewall(EgressTarget target, PlannedResource firewall) {
    byKey.put("firewall:" + EgressSpec.key(target), firewall);
    firewalls.add(firewall);
  }

  Optional<PlannedResource> firewall(EgressTarget target) {
    return Optional.ofNullable(byKey.get("firewall:" + EgressSpec.key(target)));
  }

  List<PlannedResource> firewalls() {
    return List.copyOf(firewalls);
  }

  private PlannedResource once(String key, Supplier<PlannedResource> plan) {
    PlannedResource known = byKey.get(key);
    if (known == null) {
      known = plan.get();
      byKey.put(key, known);
    }
    return known;
  }
}
