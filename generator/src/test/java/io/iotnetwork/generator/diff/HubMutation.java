package io.iotnetwork.generator.diff;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.model.BuiltInEndpointSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IpFilterSpec;
import io.iotnetwork.model.IpRuleSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** One change of one DSL property of a hub, where it applies, and the class the change preview must give it. */
record HubMutation(String name, Predicate<IotHubSpec> applies, UnaryOperator<IotHubSpec> apply, RiskClass expected) {

  static final List<HubMutation> ALL = List.of(
      new HubMutation("public access enabled", IotHubSpec::publicAccessDisabled,
          hub -> Records.with(hub, "publicNetworkAccess", PublicNetworkAccess.ENABLED), RiskClass.OPENS_ACCESS),
      new HubMutation("public access disabled", hub -> !hub.publicAccessDisabled(),
          hub -> Records.with(hub, "publicNetworkAccess", PublicNetworkAccess.DISABLED), RiskClass.CLOSES_ACCESS),
      new HubMutation("local auth re-allowed", IotHubSpec::disableLocalAuth,
          hub -> Records.with(hub, "disableLocalAuth", false), RiskClass.OPENS_ACCESS),
      new HubMutation("device SAS re-allowed", IotHubSpec::disableDeviceSas,
          hub -> Records.with(hub, "disableDeviceSas", false), RiskClass.OPENS_ACCESS),
      new HubMutation("TLS minimum lowered", hub -> hub.minTlsVersion().equals("1.2"),
          hub -> Records.with(hub, "minTlsVersion", "1.0"), RiskClass.IMMUTABLE),
      new HubMutation("partition count changed", hub -> true, hub -> Records.with(hub, "builtInEndpoint",
          new BuiltInEndpointSpec(hub.builtInEndpoint().partitionCount() == 4 ? 8 : 4,
              hub.builtInEndpoint().retentionTimeInDays())), RiskClass.IMMUTABLE),
      new HubMutation("Standard to Basic", hub -> hub.sku().toString().startsWith("S"),
          hub -> Records.with(hub, "sku", IotHubSku.B1), RiskClass.IMMUTABLE),
      new HubMutation("one more unit", hub -> hub.units() < 10,
          hub -> Records.with(hub, "units", hub.units() + 1), RiskClass.BENIGN),
      new HubMutation("a tag changed", hub -> true, hub -> {
        Map<String, String> tags = new TreeMap<>(hub.tags());
        tags.put("mutation", "changed");
        return Records.with(hub, "tags", tags);
      }, RiskClass.BENIGN),
      new HubMutation("an IP rule added", hub -> hub.ipFilter().isPresent() && hub.ipFilter().get().rules().size() < 100,
          hub -> {
            IpFilterSpec filter = hub.ipFilter().orElseThrow();
            List<IpRuleSpec> rules = new ArrayList<>(filter.rules());
            rules.add(new IpRuleSpec("mutation-rule", "192.0.2.0/24", SourceLocation.UNKNOWN));
            return Records.with(hub, "ipFilter", java.util.Optional.of(Records.with(filter, "rules", rules)));
          }, RiskClass.OPENS_ACCESS),
      new HubMutation("fallback route disabled", hub -> hub.egress().fallbackRoute().enabled(),
          hub -> Records.with(hub, "egress", Records.with(hub.egress(), "fallbackRoute",
              Records.with(hub.egress().fallbackRoute(), "enabled", false))), RiskClass.DESTRUCTIVE),
      new HubMutation("a route removed", hub -> !hub.egress().routes().isEmpty(),
          hub -> Records.with(hub, "egress", Records.with(hub.egress(), "routes",
              hub.egress().routes().subList(1, hub.egress().routes().size()))), RiskClass.DESTRUCTIVE));

  @Override
  public String toString() {
    return name;
  }
}
