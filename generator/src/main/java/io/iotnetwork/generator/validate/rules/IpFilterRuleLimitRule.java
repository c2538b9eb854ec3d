package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/** {@code ip-filter-rule-limit}: a hub's IP filter holds at most 100 rules (azure-facts §2). */
public final class IpFilterRuleLimitRule extends RuleSupport {
  static final int MAX_RULES = 100;

  public IpFilterRuleLimitRule() {
    super("ip-filter-rule-limit");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .filter(hub -> hub.ipFilter().isPresent() && hub.ipFilter().get().rules().size() > MAX_RULES)
        .map(hub -> error(hub.path() + ".ipFilter", hub.ipFilter().get().source(),
            "The IP filter has " + hub.ipFilter().get().rules().size() + " rules; at most " + MAX_RULES + " are allowed.",
            "Merge addresses into wider CIDR ranges in .allow(name, \"a.b.c.0/24\"), or reach the hub through its private endpoint."));
  }
}
