package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.UserAssignedIdentityRef;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code duplicate-name}: Azure resource names are case-insensitive, so within one deployment no
 * two hubs, private endpoints, declared networks, subnets of a network, or device sites share a
 * name; a declared network or a user-assigned identity is declared once (or again identically).
 */
public final class DuplicateNameRule extends RuleSupport {

  public DuplicateNameRule() {
    super("duplicate-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    Map<String, IotHubSpec> hubs = new HashMap<>();
    Map<String, IotHubSpec> endpoints = new HashMap<>();
    for (IotHubSpec hub : spec.iotHubs()) {
      IotHubSpec earlier = hubs.putIfAbsent(lower(hub.name()), hub);
      if (earlier != null) {
        found.add(error(hub.path(), hub.source(), "IoT hub name '" + hub.name() + "' is used twice; first by "
            + declaredBy(earlier) + ".", hint(hub, "Give each IotHub.define(..) its own name.")));
      }
      for (PrivateEndpointSpec endpoint : hub.privateEndpoints()) {
        IotHubSpec owner = endpoints.putIfAbsent(lower(endpoint.name()), hub);
        if (owner != null) {
          found.add(error(endpoint.pathIn(hub), endpoint.source(), "Private endpoint name '" + endpoint.name()
              + "' is used twice in this deployment; first by " + declaredBy(owner) + ".",
              hint(hub, "Give each .definePrivateEndpoint(..) its own name.")));
        }
      }
    }
    Map<String, VirtualNetworkSpec> networks = new HashMap<>();
    for (VirtualNetworkSpec network : spec.declaredVirtualNetworks()) {
      VirtualNetworkSpec earlier = networks.putIfAbsent(lower(network.name()), network);
      if (earlier != null && !Declarations.same(earlier, network)) {
        found.add(error(network.path(), network.source(),
            "Virtual network '" + network.name() + "' is declared twice, differently (first at " + earlier.source() + ").",
            "Build VirtualNetwork.define(\"" + network.name() + "\") once and reuse that value."));
      }
      if (earlier != null) {
        continue;
      }
      Set<String> subnets = new HashSet<>();
      for (SubnetSpec subnet : network.subnets()) {
        if (!subnets.add(lower(subnet.name()))) {
          found.add(error(network.path() + ".subnets[" + subnet.name() + "]", subnet.source(),
              "Subnet name '" + subnet.name() + "' is used twice in '" + network.name() + "'.",
              "Give each .withSubnet(..) its own name."));
        }
      }
    }
    Map<String, UserAssignedIdentityRef> identities = new HashMap<>();
    for (IotHubSpec hub : spec.iotHubs()) {
      hub.egress().identity().allUserAssigned().forEach(identity -> {
        UserAssignedIdentityRef earlier = identities.putIfAbsent(lower(identity.name()), identity);
        if (earlier != null && !Declarations.same(earlier, identity)) {
          found.add(error(hub.path() + ".identity", hub.source(),
              "User-assigned identity '" + identity.name() + "' is declared twice, differently; one template would "
                  + "create or reference only one of them.",
              "Build UserAssignedIdentity.define(..) or .existing(..) once and pass the same value to every hub."));
        }
      });
    }
    Set<String> sites = new HashSet<>();
    spec.deviceSites().stream().filter(site -> !sites.add(lower(site.name())))
        .forEach(site -> found.add(error(site.path(), site.source(),
            "Device site name '" + site.name() + "' is used twice.", "Give each DeviceSite its own name.")));
    return found.build();
  }

  private static String declaredBy(IotHubSpec hub) {
    return hub.path() + " at " + hub.source();
  }

  private static String hint(IotHubSpec hub, String otherwise) {
    return hub.fleet().isPresent()
        ? "Make the fleet's naming scheme (.namedBy(..), FleetMember.name(..)) give each row its own names, e.g. from "
            + "every column that tells rows apart."
        : otherwise;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
