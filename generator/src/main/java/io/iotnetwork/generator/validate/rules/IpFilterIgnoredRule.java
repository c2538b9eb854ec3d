package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code ip-filter-ignored}: with public network access disabled, the hub ignores every IP filter
 * rule (azure-facts §9.2), so rules there suggest a misunderstanding.
 */
public final class IpFilterIgnoredRule extends RuleSupport {

  public IpFilterIgnoredRule() {
    super("ip-filter-ignored");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .filter(hub -> hub.publicAccessDisabled() && hub.ipFilter().isPresent()
            && !hub.ipFilter().get().rules().isEmpty())
        .map(hub -> warning(hub.path() + ".ipFilter", hub.ipFilter().get().source(),
            "The IP filter's " + hub.ipFilter().get().rules().size() + " rule(s) have no effect: public network "
                + "access is disabled, and then IoT Hub ignores every IP filter rule.",
            "Remove .defineIpFilter(..), or call .withPublicNetworkAccess(PublicNetworkAccess.ENABLED) if those "
                + "addresses must reach the public endpoint."));
  }
}
