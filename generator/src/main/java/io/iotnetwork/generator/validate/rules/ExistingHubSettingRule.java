package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.BuiltInEndpointSpec;
import io.iotnetwork.model.FallbackRouteSpec;
import io.iotnetwork.model.HubSettingsSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.NewUserAssignedIdentity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code existing-hub-setting}: an existing hub ({@code IotHub.existing(..)}) is referenced and never
 * deployed, so a setting that only the hub's own PUT applies cannot be honoured; and a PUT that restated only
 * some settings would reset the others to defaults (azure-facts §1, §11). Its DSL stage offers none of them;
 * this rule covers records built otherwise.
 */
public final class ExistingHubSettingRule extends RuleSupport {

  public ExistingHubSettingRule() {
    super("existing-hub-setting");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().filter(IotHubSpec::isExisting).flatMap(hub -> settings(hub).entrySet().stream()
        .map(setting -> error(hub.path() + "." + setting.getKey(), hub.source(),
            "Existing hub '" + hub.name() + "' sets " + setting.getValue() + ", which only the hub's own deployment "
                + "applies; the template references an existing hub and never deploys it.",
            "Adopt the hub with the import goal first, which restates every setting it has in IotHub.define(..), "
                + "and change the setting there; or remove it from IotHub.existing(..).")));
  }

  /** The hub-deployment settings {@code hub} carries, by DSL path segment, in words. */
  private static Map<String, String> settings(IotHubSpec hub) {
    Map<String, String> found = new LinkedHashMap<>();
    if (hub.sku() != IotHubSpec.EXISTING_SKU || hub.units() != IotHubSpec.EXISTING_UNITS) {
      found.put("sku", "SKU " + hub.sku() + " x" + hub.units());
    }
    if (!hub.builtInEndpoint().equals(BuiltInEndpointSpec.DEFAULT)) {
      found.put("builtInEventHubEndpoint", "the built-in Event Hubs-compatible endpoint (eventHubEndpoints.events)");
    }
    if (!hub.minTlsVersion().equals(IotHubSpec.EXISTING_MIN_TLS_VERSION)) {
      found.put("minTlsVersion", "minTlsVersion '" + hub.minTlsVersion() + "'");
    }
    if (!hub.disableLocalAuth() || hub.disableDeviceSas() || hub.disableModuleSas()) {
      found.put("localAuth", "local authentication (disableLocalAuth, disableDeviceSAS, disableModuleSAS)");
    }
    if (!hub.publicAccessDisabled()) {
      found.put("publicNetworkAccess", "publicNetworkAccess '" + hub.publicNetworkAccess() + "'");
    }
    hub.ipFilter().ifPresent(filter -> found.put("ipFilter", "an IP filter (networkRuleSets)"));
    if (!hub.tags().isEmpty()) {
      found.put("tags", "tags");
    }
    if (hub.egress().identity().userAssigned().filter(NewUserAssignedIdentity.class::isInstance).isPresent()) {
      found.put("identity", "a user-assigned identity the template creates, which only a hub deployment could "
          + "assign to it");
    }
    if (!hub.egress().endpoints().isEmpty()) {
      found.put("routing.endpoints", "routing endpoints");
    }
    if (!hub.egress().routes().isEmpty()) {
      found.put("routing.routes", "routes");
    }
    if (!hub.egress().fallbackRoute().equals(FallbackRouteSpec.DEFAULT)) {
      found.put("routing.fallbackRoute", "the fallback route");
    }
    if (!hub.settings().equals(HubSettingsSpec.NONE)) {
      found.put("settings", "cloud-to-device, enrichments, comments, features, data residency, consumer groups, "
          + "Cosmos DB endpoints or file notifications");
    }
    hub.egress().fileUpload().ifPresent(upload -> found.put("fileUpload", "file upload (storageEndpoints)"));
    hub.egress().outbound().ifPresent(outbound -> found.put("outbound",
        "the outbound restriction (restrictOutboundNetworkAccess)"));
    return found;
  }
}
