package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.ExistingPrivateDnsZones;
import io.iotnetwork.model.ExistingSubnet;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.ExistingVirtualNetwork;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every existing resource a definition refers to, with the DSL path that names it: the virtual
 * networks of existing subnets and extra DNS links, existing identities, egress targets, DNS zones
 * and gateways. The naming rules check the names inside them.
 */
final class ExistingReferences {
  private ExistingReferences() {}

  /** An existing resource: its id when given as one, its resource group when given by name. */
  record Reference(Optional<String> resourceId, Optional<String> resourceGroup, String path, SourceLocation source) {

    /** The resource group it lives in, from the id (when it parses) or as given. */
    Optional<String> group() {
      return resourceId.isPresent()
          ? resourceId.flatMap(AzureResourceId::parse).map(AzureResourceId::resourceGroup)
          : resourceGroup;
    }
  }

  /** An existing subnet or linked network, with where it is named. */
  record NetworkUse(ExistingVirtualNetwork network, Optional<ExistingSubnet> subnet, String path) {}

  /** Every existing network a private endpoint's subnet or an extra DNS link names. */
  static Stream<NetworkUse> networks(IotNetworkSpec spec) {
    Stream<NetworkUse> subnets = spec.iotHubs().stream().flatMap(hub -> hub.privateEndpoints().stream()
        .filter(endpoint -> endpoint.subnet() instanceof ExistingSubnet)
        .map(endpoint -> subnetUse(hub, endpoint)));
    Stream<NetworkUse> links = spec.extraDnsLinks().stream()
        .filter(ExistingVirtualNetwork.class::isInstance).map(ExistingVirtualNetwork.class::cast)
        .map(network -> new NetworkUse(network, Optional.empty(),
            spec.path() + ".privateDns.links[" + network.name() + "]"));
    return Stream.concat(subnets, links);
  }

  /** Every existing resource of {@code spec}. */
  static Stream<Reference> all(IotNetworkSpec spec) {
    Stream.Builder<Reference> found = Stream.builder();
    networks(spec).forEach(use -> found.add(new Reference(
        use.subnet().flatMap(ExistingSubnet::givenResourceId).or(() -> use.network().resourceId()),
        use.network().resourceGroup(), use.path(), use.network().source())));
    for (IotHubSpec hub : spec.iotHubs()) {
      hub.egress().identity().userAssigned().filter(ExistingUserAssignedIdentity.class::isInstance)
          .map(ExistingUserAssignedIdentity.class::cast)
          .ifPresent(identity -> found.add(new Reference(identity.resourceId(), identity.resourceGroup(),
              hub.path() + ".identity.userAssigned", identity.source())));
    }
    EgressUses.targets(spec).filter(target -> target.origin() instanceof ExistingTarget).forEach(target -> {
      ExistingTarget existing = (ExistingTarget) target.origin();
      found.add(new Reference(existing.resourceId(), existing.resourceGroup(), target.path(), target.source()));
    });
    if (spec.privateDns() instanceof ExistingPrivateDnsZones zones) {
      for (String zoneId : List.of(zones.iotHubZoneId(), zones.serviceBusZoneId())) {
        found.add(new Reference(Optional.of(zoneId), Optional.empty(), spec.path() + ".privateDns", zones.source()));
      }
    }
    spec.deviceSites().forEach(site -> site.gateway().ifPresent(gateway -> found.add(new Reference(
        Optional.of(gateway.resourceId()), Optional.empty(), site.path() + ".gateway", site.source()))));
    return found.build();
  }

  private static NetworkUse subnetUse(IotHubSpec hub, PrivateEndpointSpec endpoint) {
    ExistingSubnet subnet = (ExistingSubnet) endpoint.subnet();
    return new NetworkUse(subnet.virtualNetwork(), Optional.of(subnet), endpoint.pathIn(hub) + ".subnet");
  }
}
