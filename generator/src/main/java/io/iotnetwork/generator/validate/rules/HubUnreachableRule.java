package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code hub-unreachable}: a hub with public network access disabled and no private endpoint
 * cannot be reached by any device or service. An existing hub's public access is its owner's, so it is
 * not judged.
 */
public final class HubUnreachableRule extends RuleSupport {

  public HubUnreachableRule() {
    super("hub-unreachable");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .filter(hub -> !hub.isExisting() && hub.publicAccessDisabled() && hub.privateEndpoints().isEmpty())
        .map(hub -> error(hub.path(), hub.source(),
            "Public network access is Disabled" + (hub.publicNetworkAccessSet() ? "" : " (the default)")
                + " and the hub has no private endpoint, so nothing could reach it.",
            "Add .definePrivateEndpoint(\"pe-" + hub.name() + "\").inSubnet(..).attach(), or call "
                + ".withPublicNetworkAccess(PublicNetworkAccess.ENABLED) with an IP filter."));
  }
}
