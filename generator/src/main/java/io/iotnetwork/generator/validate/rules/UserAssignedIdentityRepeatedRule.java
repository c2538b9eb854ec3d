package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.UserAssignedIdentityRef;
import java.util.stream.Stream;

/**
 * {@code user-assigned-identity-repeated}: each user-assigned identity is given to a hub once;
 * {@code identity.userAssignedIdentities} is keyed by resource id, so a repeated one is a duplicate key. Ids (of
 * existing identities) and names (of created ones) are compared ignoring case, as Azure compares resource ids.
 */
public final class UserAssignedIdentityRepeatedRule extends RuleSupport {

  public UserAssignedIdentityRepeatedRule() {
    super("user-assigned-identity-repeated");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    return RoutingNames.repeated(hub.egress().identity().allUserAssigned(), UserAssignedIdentityRepeatedRule::key)
        .map(identity -> error(hub.path() + ".identity.userAssigned[" + identity.name() + "]", hub.source(),
            "User-assigned identity '" + identity.name() + "' is given to hub '" + hub.name() + "' twice; "
                + "identity.userAssignedIdentities holds each identity once.",
            "Call .withUserAssignedIdentity(..) once per identity."));
  }

  /**
   * What identifies an identity: an existing one's resource id (or resource group and name, when named
   * so), a created one's name.
   */
  private static String key(UserAssignedIdentityRef identity) {
    return identity instanceof ExistingUserAssignedIdentity existing
        ? existing.resourceId().orElseGet(() -> "resourceGroups/" + existing.resourceGroup().orElseThrow() + "/" + existing.name())
        : identity.name();
  }
}
