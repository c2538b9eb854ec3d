package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.NewUserAssignedIdentity;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.SubnetSpec;
import io.iotnetwork.model.UserAssignedIdentityRef;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.List;
import java.util.Locale;

/**
 * Whether two declarations of one named element say the same thing: the same values, wherever in
 * the user's code they were written. Two identical declarations are one element; two different ones
 * are a conflict.
 */
final class Declarations {
  private Declarations() {}

  static boolean same(VirtualNetworkSpec a, VirtualNetworkSpec b) {
    return withoutSource(a).equals(withoutSource(b));
  }

  static boolean same(UserAssignedIdentityRef a, UserAssignedIdentityRef b) {
    if (a instanceof NewUserAssignedIdentity created && b instanceof NewUserAssignedIdentity other) {
      return created.region().equals(other.region()) && created.tags().equals(other.tags());
    }
    if (a instanceof ExistingUserAssignedIdentity existing && b instanceof ExistingUserAssignedIdentity other) {
      return key(existing).equals(key(other));
    }
    return false;
  }

  /** An existing identity's id, or group and name, compared ignoring case as ARM does. */
  private static String key(ExistingUserAssignedIdentity identity) {
    return identity.resourceId().orElseGet(() -> identity.resourceGroup().orElseThrow() + "/" + identity.name())
        .toLowerCase(Locale.ROOT);
  }

  private static VirtualNetworkSpec withoutSource(VirtualNetworkSpec network) {
    List<SubnetSpec> subnets = network.subnets().stream()
        .map(subnet -> new SubnetSpec(subnet.name(), subnet.addressPrefix(), subnet.privateEndpointNetworkPolicies(),
            SourceLocation.UNKNOWN))
        .toList();
    return new VirtualNetworkSpec(network.name(), network.region(), network.addressPrefixes(), subnets, network.tags(),
        SourceLocation.UNKNOWN);
  }
}
