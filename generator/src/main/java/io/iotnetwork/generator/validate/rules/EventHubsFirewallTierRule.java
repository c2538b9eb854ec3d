package io.iotnetwork.generator.validate.rules;

import com.azure.resourcemanager.eventhubs.models.SkuName;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code event-hubs-firewall-tier}: the Basic tier of Event Hubs has no firewall (azure-facts §4).
 * The SKU is compared ignoring case, as {@code SkuName.fromString(..)} may be given any.
 */
public final class EventHubsFirewallTierRule extends RuleSupport {

  public EventHubsFirewallTierRule() {
    super("event-hubs-firewall-tier");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.targets(spec, EventHubsNamespaceSpec.class)
        .filter(namespace -> namespace.firewall().restricted()
            && SkuName.BASIC.toString().equalsIgnoreCase(namespace.sku().toString()))
        .map(namespace -> error(namespace.path(), namespace.source(),
            "Event Hubs namespace '" + namespace.name() + "' is Basic, which has no firewall, but it is declared "
                + "with a firewall that admits only trusted Microsoft services.",
            namespace.created()
                ? "Call .withSku(EventHubsSku.STANDARD) on EventHubsNamespace.define(\"" + namespace.name()
                    + "\") (the default), or .withFirewall(Firewall.ALL_NETWORKS)."
                : "Upgrade the namespace to Standard or above and pass that SKU to EventHubsNamespace.existing(..), "
                    + "or declare it .withFirewall(Firewall.ALL_NETWORKS)."));
  }
}
