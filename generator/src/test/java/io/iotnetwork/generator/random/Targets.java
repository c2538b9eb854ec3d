package io.iotnetwork.generator.random;

import io.iotnetwork.dsl.EgressTargetStages;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.model.CreatedTarget;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.HubIdentitySpec;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The egress targets of a definition: storage accounts, Event Hubs and Service Bus namespaces,
 * created or existing, restricted or open. A target is declared when a hub first needs one it can
 * reach, and then often reused, by the same hub or another; its entities too.
 */
final class Targets {
  private static final List<com.azure.resourcemanager.storage.models.SkuName> STORAGE_SKUS = List.of(
      com.azure.resourcemanager.storage.models.SkuName.STANDARD_LRS,
      com.azure.resourcemanager.storage.models.SkuName.STANDARD_GRS,
      com.azure.resourcemanager.storage.models.SkuName.STANDARD_RAGRS,
      com.azure.resourcemanager.storage.models.SkuName.STANDARD_ZRS,
      com.azure.resourcemanager.storage.models.SkuName.STANDARD_GZRS,
      com.azure.resourcemanager.storage.models.SkuName.STANDARD_RAGZRS);
  private static final List<com.azure.resourcemanager.eventhubs.models.SkuName> EVENT_HUBS_SKUS = List.of(
      com.azure.resourcemanager.eventhubs.models.SkuName.BASIC,
      com.azure.resourcemanager.eventhubs.models.SkuName.STANDARD,
      com.azure.resourcemanager.eventhubs.models.SkuName.PREMIUM);
  private static final List<com.azure.resourcemanager.servicebus.models.SkuName> SERVICE_BUS_SKUS = List.of(
      com.azure.resourcemanager.servicebus.models.SkuName.BASIC,
      com.azure.resourcemanager.servicebus.models.SkuName.STANDARD,
      com.azure.resourcemanager.servicebus.models.SkuName.PREMIUM);
  /** Never drawn for a real rule, so a declaration with it always differs. */
  private static final String CONFLICTING_IP_RULE = "100.64.0.1";
  /** {@code <account>/default/<container>} names a container in Microsoft's schema: at most 63 characters. */
  private static final int CONTAINER_PATH_LENGTH = 63;

  /**
   * Which targets a use can reach.
   *
   * @param restricted  firewall-restricted ones: only through the hub's system-assigned identity
   * @param open        open ones: through any identity, or key-based where allowed
   */
  record Reach(boolean restricted, boolean open) {
    static Reach of(HubIdentitySpec identity, boolean keyBasedAllowed) {
      return new Reach(identity.systemAssigned(), identity.any() || keyBasedAllowed);
    }

    boolean allows(EgressTarget target) {
      return target.firewall().restricted() ? restricted : open;
    }
  }

  private final Generation generation;
  private final Draw draw;
  private final Faults faults;
  private final Names.Scope storageNames;
  private final Names.Scope namespaceNames;
  private final Map<RoutingEndpointKind, List<EgressTarget>> pools = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Map<String, Names.Scope> entityNames = new HashMap<>();
  private final Map<String, List<String>> entities = new HashMap<>();
  /** The names drawn for the targets, before any fault: what later draws may depend on. */
  private final Map<EgressTarget, String> drawnNames = new IdentityHashMap<>();

  Targets(Generation generation) {
    this.generation = generation;
    this.draw = generation.draw;
    this.faults = generation.faults;
    this.storageNames = generation.names.scope();
    this.namespaceNames = generation.names.scope();
  }

  /** A target for an entity of {@code kind} that {@code reach} allows: a declared one, or a new one. */
  EgressTarget forKind(RoutingEndpointKind kind, Reach reach) {
    boolean serviceBus = kind == RoutingEndpointKind.SERVICE_BUS_QUEUE || kind == RoutingEndpointKind.SERVICE_BUS_TOPIC;
    List<EgressTarget> pool = pools.computeIfAbsent(serviceBus ? RoutingEndpointKind.SERVICE_BUS_QUEUE : kind,
        any -> new ArrayList<>());
    List<EgressTarget> reachable = pool.stream().filter(reach::allows).toList();
    if (!reachable.isEmpty() && draw.chance(0.6)) {
      return draw.pick(reachable);
    }
    boolean restricted = reach.restricted() && (!reach.open() || draw.chance(0.6));
    Names.Scope names = kind == RoutingEndpointKind.STORAGE_CONTAINER ? storageNames : namespaceNames;
    String name = names.unique(switch (kind) {
      case STORAGE_CONTAINER -> generation.names::storageAccount;
      case EVENT_HUB -> generation.names::eventHubsNamespace;
      default -> () -> generation.names.dashed("sbns");
    });
    EgressTarget target = switch (kind) {
      case STORAGE_CONTAINER -> newStorage(name, restricted);
      case EVENT_HUB -> newEventHubs(name, restricted);
      default -> newServiceBus(name, restricted);
    };
    pool.add(target);
    drawnNames.put(target, name);
    return target;
  }

  /**
   * {@code target} as a use names it: the same value, or from its second use on sometimes declared
   * again with the same contents (which must agree), or, as a fault, with different ones.
   */
  EgressTarget use(EgressTarget target) {
    if (used.add(EgressSpec.key(target))) {
      return target;
    }
    boolean declaredAgain = draw.chance(0.2);
    if (faults.inject(Fault.TARGET_CONFLICT)) {
      return declaredAgain(target, true);
    }
    return declaredAgain ? declaredAgain(target, false) : target;
  }

  /**
   * An entity of {@code target}: an earlier one of the same kind (an event hub, queue or topic
   * sometimes in another case, which names the same entity), or a new name. Queues and topics of a
   * namespace share their names; containers stay short enough for their full name.
   */
  String entity(EgressTarget target, RoutingEndpointKind kind) {
    String key = EgressSpec.key(target);
    List<String> sameKind = entities.computeIfAbsent(key + "/" + kind, any -> new ArrayList<>());
    if (!sameKind.isEmpty() && draw.chance(0.3)) {
      String earlier = draw.pick(sameKind);
      boolean recased = draw.chance(0.3) && kind != RoutingEndpointKind.STORAGE_CONTAINER;
      return recased ? Names.recased(earlier) : earlier;
    }
    Names.Scope scope = entityNames.computeIfAbsent(key, any -> generation.names.scope());
    int containerLength = CONTAINER_PATH_LENGTH - drawnNames.get(target).length() - "/default/".length();
    String name = kind == RoutingEndpointKind.STORAGE_CONTAINER
        ? scope.unique(() -> generation.names.container(Math.min(63, containerLength)))
        : scope.unique(() -> generation.names.dashed(generation.names.word()));
    sameKind.add(name);
    return kind == RoutingEndpointKind.STORAGE_CONTAINER
        ? faults.replace(Fault.CONTAINER_NAME, name, BadValues::containerName) : name;
  }

  private StorageAccountSpec newStorage(String name, boolean restricted) {
    if (draw.chance(0.35)) {
      return existing(StorageAccount.existing(existingId("Microsoft.Storage/storageAccounts", name)), restricted, 0);
    }
    return created(StorageAccount.define(faults.replace(Fault.TARGET_NAME, name, BadValues::storageAccountName)),
        draw.pick(STORAGE_SKUS), restricted, 0);
  }

  private EventHubsNamespaceSpec newEventHubs(String name, boolean restricted) {
    com.azure.resourcemanager.eventhubs.models.SkuName sku = restricted
        ? faults.replace(Fault.EVENT_HUBS_TIER, draw.pick(EVENT_HUBS_SKUS.subList(1, 3)),
            bad -> com.azure.resourcemanager.eventhubs.models.SkuName.BASIC)
        : draw.pick(EVENT_HUBS_SKUS);
    if (draw.chance(0.35)) {
      return existing(EventHubsNamespace.existing(existingId("Microsoft.EventHub/namespaces", name), sku), restricted, 1);
    }
    return created(EventHubsNamespace.define(faults.replace(Fault.TARGET_NAME, name, BadValues::eventHubsNamespaceName)),
        sku, restricted, 1);
  }

  private ServiceBusNamespaceSpec newServiceBus(String name, boolean restricted) {
    com.azure.resourcemanager.servicebus.models.SkuName sku = restricted
        ? faults.replace(Fault.SERVICE_BUS_TIER, com.azure.resourcemanager.servicebus.models.SkuName.PREMIUM,
            BadValues::serviceBusSkuBelowPremium)
        : draw.pick(SERVICE_BUS_SKUS);
    if (draw.chance(0.35)) {
      return existing(ServiceBusNamespace.existing(existingId("Microsoft.ServiceBus/namespaces", name), sku),
          restricted, 1);
    }
    return created(ServiceBusNamespace.define(name), sku, restricted, 1);
  }

  private String existingId(String type, String name) {
    String id = generation.ids.of(type, name);
    return faults.replace(Fault.TARGET_ID, id, bad -> bad.targetId(id));
  }

  private <S, T extends EgressTarget> T created(EgressTargetStages.Created<S, T> target, S sku, boolean restricted,
      int minIpRules) {
    target.withSku(sku);
    if (draw.chance(0.2)) {
      target.inRegion(generation.region());
    }
    generation.tags(target::withTag);
    firewall(target::withFirewall, target::withFirewallIpRule, restricted, minIpRules);
    return target.build();
  }

  private <T extends EgressTarget> T existing(EgressTargetStages.Existing<T> target, boolean restricted,
      int minIpRules) {
    firewall(target::withFirewall, target::withFirewallIpRule, restricted, minIpRules);
    return target.build();
  }

  /** Restricted (sometimes by default) with {@code minIpRules} to 3 IP rules, or open, rarely with a rule. */
  private void firewall(Consumer<FirewallMode> withFirewall, Consumer<String> withIpRule, boolean restricted,
      int minIpRules) {
    if (!restricted) {
      withFirewall.accept(FirewallMode.ALL_NETWORKS);
    } else if (draw.chance(0.5)) {
      withFirewall.accept(FirewallMode.TRUSTED_SERVICES_ONLY);
    }
    int count = restricted ? draw.between(minIpRules, 3) : draw.chance(0.1) ? 1 : 0;
    for (int i = 0; i < count; i++) {
      withIpRule.accept(faults.replace(Fault.TARGET_FIREWALL_IP_RULE, generation.addresses.publicRange(),
          BadValues::notIpv4));
    }
  }

  /**
   * {@code target} declared once more through the DSL, from this line: with the same contents, or,
   * {@code differing}, with one more tag (created) or firewall IP rule (existing).
   */
  private static EgressTarget declaredAgain(EgressTarget target, boolean differing) {
    if (target.origin() instanceof ExistingTarget existing) {
      EgressTargetStages.Existing<? extends EgressTarget> again = existingAgain(target, existing);
      again.withFirewall(target.firewall().mode());
      target.firewall().ipRules().forEach(again::withFirewallIpRule);
      if (differing) {
        again.withFirewallIpRule(CONFLICTING_IP_RULE);
      }
      return again.build();
    }
    CreatedTarget created = (CreatedTarget) target.origin();
    EgressTargetStages.Created<?, ? extends EgressTarget> again = createdAgain(target);
    created.region().ifPresent(again::inRegion);
    created.tags().forEach(again::withTag);
    again.withFirewall(target.firewall().mode());
    target.firewall().ipRules().forEach(again::withFirewallIpRule);
    if (differing) {
      again.withTag("conflict", "yes");
    }
    return again.build();
  }

  private static EgressTargetStages.Created<?, ? extends EgressTarget> createdAgain(EgressTarget target) {
    if (target instanceof StorageAccountSpec storage) {
      return StorageAccount.define(storage.name()).withSku(storage.sku());
    }
    if (target instanceof EventHubsNamespaceSpec namespace) {
      return EventHubsNamespace.define(namespace.name()).withSku(namespace.sku());
    }
    ServiceBusNamespaceSpec namespace = (ServiceBusNamespaceSpec) target;
    return ServiceBusNamespace.define(namespace.name()).withSku(namespace.sku());
  }

  private static EgressTargetStages.Existing<? extends EgressTarget> existingAgain(EgressTarget target,
      ExistingTarget where) {
    String group = where.resourceGroup().orElse("");
    if (target instanceof EventHubsNamespaceSpec namespace) {
      return where.resourceId().map(id -> EventHubsNamespace.existing(id, namespace.sku()))
          .orElseGet(() -> EventHubsNamespace.existing(group, target.name(), namespace.sku()));
    }
    if (target instanceof ServiceBusNamespaceSpec namespace) {
      return where.resourceId().map(id -> ServiceBusNamespace.existing(id, namespace.sku()))
          .orElseGet(() -> ServiceBusNamespace.existing(group, target.name(), namespace.sku()));
    }
    return where.resourceId().map(StorageAccount::existing)
        .orElseGet(() -> StorageAccount.existing(group, target.name()));
  }
}
