package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code public-access-not-isolated}: a hub with a private endpoint whose public endpoint is open
 * to every address (public access on and no IP filter, or a filter that allows by default) is not
 * isolated.
 */
public final class PublicAccessNotIsolatedRule extends RuleSupport {

  public PublicAccessNotIsolatedRule() {
    super("public-access-not-isolated");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .filter(hub -> !hub.isExisting() && !hub.publicAccessDisabled() && !hub.privateEndpoints().isEmpty() && openToAll(hub))
        .map(hub -> warning(hub.path(), hub.source(),
            "The hub has a private endpoint, but public network access is Enabled with "
                + (hub.ipFilter().isEmpty() ? "no IP filter" : "an IP filter whose defaultAction is Allow")
                + ", so every internet address still reaches its public endpoint.",
            "Call .withoutPublicNetworkAccess(), or .defineIpFilter(DefaultAction.DENY).allow(name, range)"
                + ".applyToBuiltInEventHubEndpoint().attach()."));
  }

  private static boolean openToAll(IotHubSpec hub) {
    return hub.ipFilter().map(filter -> !filter.deniesByDefault()).orElse(true);
  }
}
