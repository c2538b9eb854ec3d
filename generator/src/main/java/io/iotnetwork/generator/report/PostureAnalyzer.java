package io.iotnetwork.generator.report;

import io.iotnetwork.generator.plan.DeploymentPath;
import io.iotnetwork.generator.plan.EgressUse;
import io.iotnetwork.generator.plan.PrivateDnsZoneNames;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.ExistingPrivateDnsZones;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.HubIdentitySpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.List;
import java.util.Locale;

/** Works out each hub's posture from the definition and the planner's own egress decisions. */
public final class PostureAnalyzer {
  private PostureAnalyzer() {}

  /** The posture of {@code spec}, with the generation's {@code diagnostics}. */
  public static Posture analyze(IotNetworkSpec spec, Diagnostics diagnostics) {
    DnsCoverage dns = dnsCoverage(spec);
    List<HubPosture> hubs = spec.iotHubs().stream().map(hub -> hub(hub, dns)).toList();
    List<String> sites = spec.deviceSites().stream()
        .map(site -> site.name() + ": " + switch (site.location()) {
          case ON_PREMISES_NETWORK -> "on-premises network, " + site.gateway()
              .map(gateway -> "over " + gateway.gatewayType() + " gateway '"
                  + AzureResourceId.parse(gateway.resourceId()).map(AzureResourceId::leafName).orElse("?") + "'")
              .orElse("no gateway declared");
          case WIDE_AREA_NETWORK -> "wide-area network (public endpoint only)";
        })
        .toList();
    return new Posture(spec.id(), hubs, sites, diagnostics);
  }

  private static HubPosture hub(IotHubSpec hub, DnsCoverage dns) {
    List<String> endpoints = hub.privateEndpoints().stream().map(PostureAnalyzer::privateEndpoint).toList();
    List<EgressPath> egress = EgressUse.of(hub).stream().map(use -> path(hub, use)).toList();
    return new HubPosture(hub.name(), PublicEndpoint.of(hub), endpoints,
        hub.privateEndpoints().isEmpty() ? new DnsCoverage("no private endpoint", "no private endpoint", false) : dns,
        hub.isExisting() ? HubPosture.NOT_MANAGED : hub.minTlsVersion(), hub.disableLocalAuth(),
        identities(hub.egress().identity()) + (hub.isExisting() && hub.egress().identity().any() ? " (existing)" : ""),
        deploymentPath(hub), egress, hub.isExisting());
  }

  private static String privateEndpoint(PrivateEndpointSpec endpoint) {
    return endpoint.name() + " (" + endpoint.subnet().virtualNetwork().name() + "/" + endpoint.subnet().subnetName() + ")";
  }

  private static DnsCoverage dnsCoverage(IotNetworkSpec spec) {
    if (spec.privateDns() instanceof ExistingPrivateDnsZones existing) {
      return DnsCoverage.of(spec, leaf(existing.iotHubZoneId()), leaf(existing.serviceBusZoneId()));
    }
    PrivateDnsZoneNames names = PrivateDnsZoneNames.of(spec.cloud())
        .orElse(new PrivateDnsZoneNames("unknown cloud", "unknown cloud"));
    return DnsCoverage.of(spec, names.iotHubZone(), names.serviceBusZone());
  }

  private static EgressPath path(IotHubSpec hub, EgressUse use) {
    String setting = switch (use.purpose()) {
      case ROUTING -> "routing endpoint '" + use.name() + "'";
      case FILE_UPLOAD -> "file upload";
      case IMPORT_EXPORT -> "import/export";
      case ACCESS -> "access grant (no endpoint yet)";
    };
    boolean keyBased = use.authentication().keyBased();
    String identity = keyBased ? "key-based (secure parameter)"
        : use.identity(hub).map(PostureAnalyzer::identityWords).orElse("none (missing identity)");
    return new EgressPath(setting, targetKind(use.target()), use.target().name(), use.entityName(),
        use.target().created(), identity, keyBased ? "none (key-based)" : use.role().displayName(),
        firewall(use.target()), step(hub, use));
  }

  private static String firewall(EgressTarget target) {
    if (!target.firewall().restricted()) {
      return "all networks";
    }
    String rules = target.firewall().ipRules().isEmpty() ? ""
        : " + " + target.firewall().ipRules().size() + " IP rule" + (target.firewall().ipRules().size() == 1 ? "" : "s");
    if (target instanceof StorageAccountSpec && !target.created()) {
      return "existing account: not changed by the template; verify trusted Microsoft services are allowed";
    }
    return "deny by default, trusted Microsoft services allowed" + rules;
  }

  private static String step(IotHubSpec hub, EgressUse use) {
    if (use.authentication().keyBased()) {
      return "with the hub (connection string supplied at deployment)";
    }
    String where = use.target().origin() instanceof ExistingTarget existing
        ? " in the module for resource group '" + existing.group().orElse("?") + "'" : "";
    if (DeploymentPath.of(hub) == DeploymentPath.EXISTING_HUB) {
      return "role assignment" + where + " (the existing hub is not deployed)";
    }
    if (DeploymentPath.of(hub) == DeploymentPath.SINGLE_PASS) {
      return "role assignment" + where + " before the hub (single pass)";
    }
    if (use.purpose() == EgressUse.Purpose.IMPORT_EXPORT) {
      return "role assignment" + where + " after the hub (step 2)";
    }
    return "role assignment" + where + " in step 2; endpoint in step 3 (" + DeploymentPath.secondDeployment(hub) + ")";
  }

  private static String deploymentPath(IotHubSpec hub) {
    return switch (DeploymentPath.of(hub)) {
      case NONE -> hub.isExisting() ? "existing hub, not deployed" : "no egress: one deployment";
      case SINGLE_PASS -> "single pass: identity, role assignments, then the hub";
      case TWO_STEP -> DeploymentPath.hubPropertiesUseEgress(hub)
          ? "two steps: hub with identity, role assignments and firewalls, complete hub again"
          : "hub with identity, then its role assignments";
      case EXISTING_HUB -> "existing hub, not deployed: role assignments and firewalls for its existing identity";
    };
  }

  private static String identities(HubIdentitySpec identity) {
    String user = identity.userAssigned().map(uai -> "user-assigned '" + uai.name() + "'").orElse("");
    if (identity.systemAssigned()) {
      return user.isEmpty() ? "system-assigned" : "system-assigned and " + user;
    }
    return user.isEmpty() ? "none" : user;
  }

  private static String identityWords(IdentityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String targetKind(EgressTarget target) {
    if (target instanceof StorageAccountSpec) {
      return "Storage account";
    }
    return target instanceof EventHubsNamespaceSpec ? "Event Hubs namespace" : "Service Bus namespace";
  }

  private static String leaf(String resourceId) {
    return AzureResourceId.parse(resourceId).map(AzureResourceId::leafName).orElse(resourceId);
  }

}
