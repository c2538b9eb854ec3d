package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code built-in-endpoint-public}: with public access on, an IP filter that is not applied to the
 * built-in Event Hubs-compatible endpoint leaves that endpoint open to every address.
 */
public final class BuiltInEndpointPublicRule extends RuleSupport {

  public BuiltInEndpointPublicRule() {
    super("built-in-endpoint-public");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .filter(hub -> !hub.isExisting() && !hub.publicAccessDisabled() && hub.ipFilter().isPresent()
            && !hub.ipFilter().get().applyToBuiltInEventHubEndpoint())
        .map(hub -> warning(hub.path() + ".ipFilter", hub.ipFilter().get().source(),
            "The IP filter is not applied to the built-in Event Hubs-compatible endpoint "
                + "(applyToBuiltInEventHubEndpoint: false), so that endpoint stays public while public access is Enabled.",
            "Add .applyToBuiltInEventHubEndpoint() to .defineIpFilter(..)."));
  }
}
