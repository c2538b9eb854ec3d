package io.iotnetwork.generator.plan;

import io.iotnetwork.model.DeclaredSubnet;
import io.iotnetwork.model.ExistingSubnet;
import io.iotnetwork.model.ExistingVirtualNetwork;
import io.iotnetwork.model.SubnetRef;
import io.iotnetwork.model.VirtualNetworkRef;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.Locale;
import java.util.Map;

/**
 * Resource id values for the virtual networks and subnets a definition names: a literal for an
 * existing one given by id, {@code resourceId(rg, ...)} for one given by group and name, and a
 * reference (hence a dependency) for a declared one.
 */
final class NetworkReferences {
  private static final String VIRTUAL_NETWORKS = ResourceType.VIRTUAL_NETWORK.type();
  private static final String SUBNETS = VIRTUAL_NETWORKS + "/subnets";

  private final Map<String, PlannedResource> declaredNetworks;

  /** {@code declaredNetworks}: the planned virtual network of each declared network's name. */
  NetworkReferences(Map<String, PlannedResource> declaredNetworks) {
    this.declaredNetworks = Map.copyOf(declaredNetworks);
  }

  Value virtualNetworkId(VirtualNetworkRef network) {
    if (network instanceof VirtualNetworkSpec declared) {
      return declared(declared).id();
    }
    ExistingVirtualNetwork existing = (ExistingVirtualNetwork) network;
    return existing.resourceId().<Value>map(Value::of).orElseGet(() -> Call.of("resourceId",
        Value.of(existing.resourceGroup().orElseThrow()), Value.of(VIRTUAL_NETWORKS), Value.of(existing.name())));
  }

  Value subnetId(SubnetRef subnet) {
    if (subnet instanceof DeclaredSubnet declared) {
      return Call.format("{0}/subnets/{1}", declared(declared.virtualNetwork()).id(), Value.of(declared.subnetName()));
    }
    ExistingSubnet existing = (ExistingSubnet) subnet;
    return existing.givenResourceId().<Value>map(Value::of).orElseGet(() -> Call.of("resourceId",
        Value.of(existing.virtualNetwork().resourceGroup().orElseThrow()), Value.of(SUBNETS),
        Value.of(existing.virtualNetwork().name()), Value.of(existing.subnetName())));
  }

  /** A key that is equal for two references to the same network. */
  static String key(VirtualNetworkRef network) {
    if (network instanceof VirtualNetworkSpec declared) {
      return "declared:" + declared.name();
    }
    ExistingVirtualNetwork existing = (ExistingVirtualNetwork) network;
    return existing.resourceId()
        .map(id -> "id:" + id.toLowerCase(Locale.ROOT))
        .orElseGet(() -> ("rg:" + existing.resourceGroup().orElseThrow() + "/" + existing.name()).toLowerCase(Locale.ROOT));
  }

  private PlannedResource declared(VirtualNetworkSpec network) {
    PlannedResource planned = declaredNetworks.get(network.name());
    if (planned == null) {
      throw new IllegalStateException("bug: virtual network " + network.name() + " was not planned");
    }
    return planned;
  }
}
