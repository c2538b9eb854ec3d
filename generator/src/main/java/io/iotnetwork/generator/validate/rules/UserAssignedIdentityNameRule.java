package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code user-assigned-identity-name}: a user-assigned identity's name, created or inside an
 * existing identity's id, has 3-128 ASCII letters, digits, hyphens and underscores and starts with
 * a letter or digit.
 */
public final class UserAssignedIdentityNameRule extends RuleSupport {

  public UserAssignedIdentityNameRule() {
    super("user-assigned-identity-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.egress().identity().allUserAssigned().stream()
        .filter(identity -> !(identity instanceof ExistingUserAssignedIdentity existing)
            || ResourceIds.namesParse(existing.resourceId()))
        .filter(identity -> !AzureName.USER_ASSIGNED_IDENTITY.allows(identity.name()))
        .map(identity -> error(hub.path() + ".identity.userAssigned", hub.source(),
            AzureName.USER_ASSIGNED_IDENTITY.rejected(identity.name()),
            "Pass a name such as 'id-" + hub.name() + "' to UserAssignedIdentity.define(..), or the id of an "
                + "existing identity to UserAssignedIdentity.existing(..).")));
  }
}
