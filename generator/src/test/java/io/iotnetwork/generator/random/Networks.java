package io.iotnetwork.generator.random;

import com.azure.resourcemanager.network.models.VirtualNetworkPrivateEndpointNetworkPolicies;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.dsl.VirtualNetworkStages;
import io.iotnetwork.model.SubnetRef;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.VirtualNetworkRef;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Virtual networks for private endpoints and DNS links: declared ones (each with an address block
 * of its own, so none overlap) and existing ones, each drawn anew or reused.
 */
final class Networks {
  private static final String SUBNETS = "Microsoft.Network/virtualNetworks/subnets";
  private static final List<Integer> SUBNET_INDEXES = IntStream.range(0, 200).boxed().toList();

  /** An existing network the definition refers to. */
  private record ExistingNetwork(String subscription, String resourceGroup, String name, List<String> subnets) {}

  /**
   * Where a private endpoint goes.
   *
   * @param subnet  its subnet
   * @param prefix  the subnet's range, when declared
   */
  record Placement(SubnetRef subnet, Optional<String> prefix) {}

  /** A subnet as drawn for a declared network. */
  private record DrawnSubnet(String name, String prefix) {}

  private final Generation generation;
  private final Draw draw;
  private final Names.Scope networkNames;
  private final List<VirtualNetworkSpec> declared = new ArrayList<>();
  private final List<ExistingNetwork> existing = new ArrayList<>();

  Networks(Generation generation) {
    this.generation = generation;
    this.draw = generation.draw;
    this.networkNames = generation.names.scope();
  }

  /** A subnet for a private endpoint: declared, existing by id, or existing by resource group and name. */
  Placement placement() {
    return switch (draw.between(0, 2)) {
      case 0 -> declaredPlacement();
      case 1 -> existingById();
      default -> existingByName();
    };
  }

  /** A network for an extra DNS link: declared, existing by id, or existing by resource group and name. */
  VirtualNetworkRef linkTarget() {
    return switch (draw.between(0, 2)) {
      case 0 -> declaredNetwork();
      case 1 -> {
        ExistingNetwork network = existingNetwork(true);
        String id = ExistingIds.in(network.subscription(), network.resourceGroup(), "Microsoft.Network/virtualNetworks",
            network.name());
        yield VirtualNetwork.existing(generation.faults.replace(Fault.EXISTING_NETWORK_ID, id,
            bad -> bad.virtualNetworkId(id)));
      }
      default -> {
        ExistingNetwork network = existingNetwork(false);
        yield VirtualNetwork.existing(network.resourceGroup(), network.name());
      }
    };
  }

  private Placement declaredPlacement() {
    VirtualNetworkSpec network = declaredNetwork();
    List<SubnetSpec> usable = network.subnets().stream()
        .filter(subnet -> !subnet.name().equals(SubnetSpec.GATEWAY_SUBNET)).toList();
    SubnetSpec subnet = draw.pick(usable);
    String name = generation.faults.replace(Fault.UNDECLARED_SUBNET, subnet.name(), bad -> "snet-missing");
    return new Placement(network.subnet(gatewayOr(name)), Optional.of(subnet.addressPrefix()));
  }

  private Placement existingById() {
    ExistingNetwork network = existingNetwork(true);
    String id = ExistingIds.in(network.subscription(), network.resourceGroup(), SUBNETS, network.name(),
        gatewayOr(draw.pick(network.subnets())));
    return new Placement(Subnet.existing(generation.faults.replace(Fault.EXISTING_SUBNET_ID, id,
        bad -> bad.subnetId(id))), Optional.empty());
  }

  private Placement existingByName() {
    ExistingNetwork network = existingNetwork(false);
    return new Placement(Subnet.existing(network.resourceGroup(), network.name(),
        gatewayOr(draw.pick(network.subnets()))), Optional.empty());
  }

  private String gatewayOr(String subnetName) {
    return generation.faults.replace(Fault.GATEWAY_SUBNET, subnetName, bad -> SubnetSpec.GATEWAY_SUBNET);
  }

  /** A new network, or an earlier one: the same value, or sometimes declared again with the same contents. */
  private VirtualNetworkSpec declaredNetwork() {
    if (declared.isEmpty() || draw.chance(0.5)) {
      return newNetwork();
    }
    VirtualNetworkSpec earlier = draw.pick(declared);
    return draw.chance(0.2) ? declaredAgain(earlier) : earlier;
  }

  /** {@code network} declared once more through the DSL, from this line, with the same contents. */
  private static VirtualNetworkSpec declaredAgain(VirtualNetworkSpec network) {
    VirtualNetworkStages.WithSubnets again = VirtualNetwork.define(network.name())
        .withAddressSpace(network.addressPrefixes().toArray(String[]::new));
    network.subnets().forEach(subnet ->
        again.withSubnet(subnet.name(), subnet.addressPrefix(), subnet.privateEndpointNetworkPolicies()));
    network.region().ifPresent(again::inRegion);
    network.tags().forEach(again::withTag);
    return again.build();
  }

  private ExistingNetwork existingNetwork(boolean anySubscription) {
    List<ExistingNetwork> candidates = existing.stream()
        .filter(network -> anySubscription || network.subscription().equals(ExistingIds.HOME_SUBSCRIPTION)).toList();
    if (!candidates.isEmpty() && draw.chance(0.5)) {
      return draw.pick(candidates);
    }
    String subscription = anySubscription ? generation.ids.subscription() : ExistingIds.HOME_SUBSCRIPTION;
    Names.Scope subnetNames = generation.names.scope();
    List<String> subnets = IntStream.range(0, draw.between(1, 3))
        .mapToObj(i -> subnetNames.unique(() -> draw.chance(0.1) ? "Snet-PE" : generation.names.dashed("snet")))
        .toList();
    ExistingNetwork network = new ExistingNetwork(subscription, generation.ids.resourceGroup(),
        networkNames.unique(() -> generation.names.dashed("vnet")), subnets);
    existing.add(network);
    return network;
  }

  private VirtualNetworkSpec newNetwork() {
    int block = generation.addresses.networkBlock();
    String space = generation.faults.replace(Fault.NETWORK_PREFIX, Addresses.networkPrefix(block),
        bad -> bad.networkPrefix(block));
    String extraSpace = "172.16." + block + ".0/24";
    boolean twoSpaces = draw.chance(0.2);
    VirtualNetworkStages.WithSubnets network = twoSpaces
        ? VirtualNetwork.define(networkNames.unique(() -> generation.names.dashed("vnet"))).withAddressSpace(space, extraSpace)
        : VirtualNetwork.define(networkNames.unique(() -> generation.names.dashed("vnet"))).withAddressSpace(space);
    Names.Scope subnetNames = generation.names.scope();
    subnetNames.take(SubnetSpec.GATEWAY_SUBNET);
    List<DrawnSubnet> subnets = new ArrayList<>();
    for (int index : draw.some(SUBNET_INDEXES, draw.between(1, 3))) {
      subnets.add(subnet(network, subnetNames.unique(() -> generation.names.dashed("snet")),
          generation.addresses.subnetPrefix(block, index)));
    }
    if (twoSpaces && draw.chance(0.5)) {
      subnet(network, subnetNames.unique(() -> generation.names.dashed("snet")), extraSpace);
    }
    if (draw.chance(0.15)) {
      network.withSubnet(SubnetSpec.GATEWAY_SUBNET, "10." + block + ".255.0/27");
    }
    faultySubnets(network, block, subnets.get(0));
    if (draw.chance(0.2)) {
      network.inRegion(generation.region());
    }
    generation.tags(network::withTag);
    VirtualNetworkSpec built = network.build();
    declared.add(built);
    return built;
  }

  private DrawnSubnet subnet(VirtualNetworkStages.WithSubnets network, String name, String prefix) {
    if (draw.chance(0.7)) {
      network.withSubnet(name, prefix);
    } else {
      network.withSubnet(name, prefix, draw.pick(VirtualNetworkPrivateEndpointNetworkPolicies.values().stream()
          .toList()));
    }
    return new DrawnSubnet(name, prefix);
  }

  private void faultySubnets(VirtualNetworkStages.WithSubnets network, int block, DrawnSubnet first) {
    Faults faults = generation.faults;
    if (faults.inject(Fault.DUPLICATE_SUBNET_NAME)) {
      network.withSubnet(Names.recased(first.name()), "10." + block + ".201.0/24");
    }
    if (faults.inject(Fault.SUBNET_OUTSIDE_ADDRESS_SPACE)) {
      network.withSubnet("snet-outside", faults.bad().outsidePrefix());
    }
    if (faults.inject(Fault.OVERLAPPING_SUBNETS)) {
      network.withSubnet("snet-overlap", first.prefix());
    }
  }
}
