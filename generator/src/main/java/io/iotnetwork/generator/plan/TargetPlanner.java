package io.iotnetwork.generator.plan;

import com.azure.resourcemanager.eventhubs.models.PublicNetworkAccessFlag;
import com.azure.resourcemanager.eventhubs.models.TlsVersion;
import com.azure.resourcemanager.storage.models.Bypass;
import com.azure.resourcemanager.storage.models.DefaultAction;
import com.azure.resourcemanager.storage.models.Kind;
import com.azure.resourcemanager.storage.models.MinimumTlsVersion;
import com.azure.resourcemanager.storage.models.PublicAccess;
import com.azure.resourcemanager.storage.models.PublicNetworkAccess;
import io.iotnetwork.model.CreatedTarget;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.TargetFirewallSpec;
import java.util.List;
import java.util.Optional;

/**
 * Plans egress targets and their entities. Created targets are written secure by default
 * (TLS 1.2, HTTPS only, no public blobs, local auth off on namespaces) with a trusted-services
 * firewall unless opened (azure-facts §4). Event Hubs and Service Bus share the vocabulary of their
 * firewall and TLS settings, so the Event Hubs SDK's enums serve both. Existing targets are declared {@code existing}, inside
 * the access module of their resource group; an existing namespace's firewall rule set is written,
 * an existing storage account's firewall is not (it cannot be patched without replacing the account).
 */
final class TargetPlanner {

  private final PlanContext context;
  private final TargetResources resources = new TargetResources();

  TargetPlanner(PlanContext context) {
    this.context = context;
  }

  TargetResources resources() {
    return resources;
  }

  /** The entity {@code name} of {@code target}, planned (with its parents and firewall) on first use. */
  PlannedResource entity(EgressTarget target, RoutingEndpointKind kind, String name) {
    PlannedResource parent = target instanceof StorageAccountSpec ? blobService(target) : target(target);
    return resources.entity(target, kind, name, () -> {
      String symbol = context.symbolicNames.allocate(entityPrefix(kind), target.name() + "-" + name);
      return context.add(target.created()
          ? PlannedResource.child(symbol, entityType(kind), parent, Value.of(name), entityBody(kind))
          : PlannedResource.existing(symbol, entityType(kind), Optional.of(parent), name, Optional.empty()));
    });
  }

  /** A storage account's blob service, {@code default}. */
  private PlannedResource blobService(EgressTarget target) {
    PlannedResource account = target(target);
    return resources.blobService(target, () -> {
      String symbol = context.symbolicNames.allocate("blobService", target.name());
      return context.add(target.created()
          ? PlannedResource.child(symbol, ResourceType.BLOB_SERVICE, account, Value.of("default"), Obj.empty())
          : PlannedResource.existing(symbol, ResourceType.BLOB_SERVICE, Optional.of(account), "default",
              Optional.empty()));
    });
  }

  /** The account or namespace, planned on first use with its firewall rule set when it needs one. */
  PlannedResource target(EgressTarget target) {
    return resources.target(target, () -> {
      String symbol = context.symbolicNames.allocate(prefixOf(target), target.name());
      PlannedResource planned = context.add(target.origin() instanceof CreatedTarget created
          ? PlannedResource.of(symbol, typeOf(target), Value.of(target.name()), body(target, created))
          : PlannedResource.existing(symbol, typeOf(target), Optional.empty(), target.name(), Optional.empty()));
      if (!(target instanceof StorageAccountSpec) && target.firewall().restricted()) {
        resources.addFirewall(target, context.add(PlannedResource.child(
            context.symbolicNames.allocate(prefixOf(target) + "NetworkRuleSet", target.name()),
            target instanceof EventHubsNamespaceSpec ? ResourceType.EVENT_HUBS_NETWORK_RULE_SET
                : ResourceType.SERVICE_BUS_NETWORK_RULE_SET,
            planned, Value.of("default"), namespaceFirewall(target.firewall()))));
      }
      return planned;
    });
  }

  private Obj body(EgressTarget target, CreatedTarget created) {
    Obj.Builder body = context.bodyWith(context.locationOf(created.region()), created.tags());
    if (target instanceof StorageAccountSpec storage) {
      return body
          .put("sku", Obj.builder().put("name", storage.sku().toString()).build())
          .put("kind", Kind.STORAGE_V2.toString())
          .put("properties", Obj.builder()
              .put("minimumTlsVersion", MinimumTlsVersion.TLS1_2.toString())
              .put("supportsHttpsTrafficOnly", true)
              .put("allowBlobPublicAccess", false)
              .put("publicNetworkAccess", PublicNetworkAccess.ENABLED.toString())
              .put("networkAcls", storageFirewall(storage.firewall()))
              .build())
          .build();
    }
    String tier = target instanceof EventHubsNamespaceSpec eventHubs
        ? eventHubs.sku().toString() : ((ServiceBusNamespaceSpec) target).sku().toString();
    return body
        .put("sku", Obj.builder().put("name", tier).put("tier", tier).put("capacity", 1).build())
        .put("properties", Obj.builder()
            .put("minimumTlsVersion", TlsVersion.ONE_TWO.toString())
            .put("publicNetworkAccess", PublicNetworkAccessFlag.ENABLED.toString())
            .put("disableLocalAuth", true)
            .build())
        .build();
  }

  /** {@code networkAcls}: {@code bypass} exactly {@code AzureServices} (what Checkov CKV_AZURE_36 expects). */
  private static Obj storageFirewall(TargetFirewallSpec firewall) {
    Obj.Builder acls = Obj.builder()
        .put("bypass", Bypass.AZURE_SERVICES.toString())
        .put("defaultAction", (firewall.restricted() ? DefaultAction.DENY : DefaultAction.ALLOW).toString());
    if (!firewall.ipRules().isEmpty()) {
      acls.put("ipRules", new Arr(firewall.ipRules().stream()
          .<Value>map(range -> Obj.builder().put("value", range).put("action", "Allow").build()).toList()));
    }
    return acls.build();
  }

  /**
   * The {@code networkRuleSets/default} of a namespace: deny by default, trusted services allowed,
   * public network access equal to the namespace's.
   */
  private static Obj namespaceFirewall(TargetFirewallSpec firewall) {
    return Obj.builder().put("properties", Obj.builder()
            .put("publicNetworkAccess", PublicNetworkAccessFlag.ENABLED.toString())
            .put("defaultAction", com.azure.resourcemanager.eventhubs.models.DefaultAction.DENY.toString())
            .put("trustedServiceAccessEnabled", true)
            .put("ipRules", new Arr(firewall.ipRules().stream()
                .<Value>map(range -> Obj.builder().put("ipMask", range).put("action", "Allow").build()).toList()))
            .put("virtualNetworkRules", new Arr(List.of()))
            .build())
        .build();
  }

  private static Obj entityBody(RoutingEndpointKind kind) {
    return switch (kind) {
      case STORAGE_CONTAINER -> Obj.builder().put("properties", Obj.builder().put("publicAccess", PublicAccess.NONE.toString()).build())
          .build();
      case EVENT_HUB -> Obj.builder().put("properties", Obj.builder().put("partitionCount", 4)
          .put("messageRetentionInDays", 1).build()).build();
      case SERVICE_BUS_QUEUE, SERVICE_BUS_TOPIC -> Obj.builder().put("properties", Obj.empty()).build();
    };
  }

  private static String entityPrefix(RoutingEndpointKind kind) {
    return switch (kind) {
      case STORAGE_CONTAINER -> "blobContainer";
      case EVENT_HUB -> "eventHub";
      case SERVICE_BUS_QUEUE -> "serviceBusQueue";
      case SERVICE_BUS_TOPIC -> "serviceBusTopic";
    };
  }

  private static ResourceType entityType(RoutingEndpointKind kind) {
    return switch (kind) {
      case STORAGE_CONTAINER -> ResourceType.BLOB_CONTAINER;
      case EVENT_HUB -> ResourceType.EVENT_HUB;
      case SERVICE_BUS_QUEUE -> ResourceType.SERVICE_BUS_QUEUE;
      case SERVICE_BUS_TOPIC -> ResourceType.SERVICE_BUS_TOPIC;
    };
  }

  private static ResourceType typeOf(EgressTarget target) {
    if (target instanceof StorageAccountSpec) {
      return ResourceType.STORAGE_ACCOUNT;
    }
    return target instanceof EventHubsNamespaceSpec ? ResourceType.EVENT_HUBS_NAMESPACE
        : ResourceType.SERVICE_BUS_NAMESPACE;
  }

  private static String prefixOf(EgressTarget target) {
    if (target instanceof StorageAccountSpec) {
      return "storageAccount";
    }
    return target instanceof EventHubsNamespaceSpec ? "eventHubsNamespace" : "serviceBusNamespace";
  }
}
