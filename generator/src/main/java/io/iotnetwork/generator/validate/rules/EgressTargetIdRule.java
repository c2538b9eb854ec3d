package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code egress-target-id}: an existing storage account, Event Hubs or Service Bus namespace, or
 * user-assigned identity named by resource id is named by a well-formed one of its type.
 */
public final class EgressTargetIdRule extends RuleSupport {
  private static final String IDENTITY_TYPE = "Microsoft.ManagedIdentity/userAssignedIdentities";

  public EgressTargetIdRule() {
    super("egress-target-id");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream<Diagnostic> targets = EgressUses.targets(spec)
        .filter(target -> target.origin() instanceof ExistingTarget existing && existing.resourceId().isPresent())
        .flatMap(this::check);
    Stream<Diagnostic> identities = spec.iotHubs().stream().flatMap(this::check);
    return Stream.concat(targets, identities);
  }

  private Stream<Diagnostic> check(EgressTarget target) {
    String resourceId = ((ExistingTarget) target.origin()).resourceId().orElseThrow();
    TargetWords words = TargetWords.of(target);
    if (ResourceIds.isOfType(resourceId, words.armType())) {
      return Stream.empty();
    }
    return Stream.of(error(target.path(), target.source(), ResourceIds.notOfType(resourceId, words.armType()),
        ResourceIds.hint(words.armType(), words.dslClass() + ".existing(..)")));
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    return hub.egress().identity().allUserAssigned().stream()
        .filter(ExistingUserAssignedIdentity.class::isInstance)
        .map(ExistingUserAssignedIdentity.class::cast)
        .filter(identity -> identity.resourceId().isPresent())
        .filter(identity -> !ResourceIds.isOfType(identity.resourceId().get(), IDENTITY_TYPE))
        .map(identity -> error(hub.path() + ".identity.userAssigned", identity.source(),
            ResourceIds.notOfType(identity.resourceId().get(), IDENTITY_TYPE),
            ResourceIds.hint(IDENTITY_TYPE, "UserAssignedIdentity.existing(..)")));
  }
}
