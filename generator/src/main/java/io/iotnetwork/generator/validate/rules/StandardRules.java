package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Rule;
import java.util.List;

/** Every rule the generator runs, each documented in {@code docs/rules.md}. */
public final class StandardRules {
  private StandardRules() {}

  /** The rules, in documentation order. */
  public static List<Rule> all() {
    return List.of(
        new NetworkIdRule(),
        new NetworkWithoutHubRule(),
        new SupportedCloudRule(),
        new DuplicateNameRule(),
        new IotHubNameRule(),
        new ExistingHubSettingRule(),
        new TagLimitsRule(),
        new ResourceGroupNameRule(),
        new VirtualNetworkNameRule(),
        new PrivateEndpointNameRule(),
        new UserAssignedIdentityNameRule(),
        new IotHubSkuCapacityRule(),
        new BuiltInEndpointRule(),
        new MinTlsVersionRule(),
        new MinTlsVersionWeakerRule(),
        new CloudToDeviceSettingsRule(),
        new HubUnreachableRule(),
        new PublicAccessNotIsolatedRule(),
        new BuiltInEndpointPublicRule(),
        new IpFilterRuleLimitRule(),
        new IpFilterAddressRule(),
        new IpAddressWhitespaceRule(),
        new IpFilterRuleNameRule(),
        new IpFilterIgnoredRule(),
        new PrivateEndpointRegionRule(),
        new PrivateEndpointWithoutDnsRule(),
        new PrivateDnsWithoutPrivateEndpointRule(),
        new ExistingDnsZonesRule(),
        new ExistingResourceIdRule(),
        new DeclaredSubnetRule(),
        new GatewaySubnetRule(),
        new StaticPrivateIpRule(),
        new VirtualNetworkPrefixRule(),
        new SubnetAddressRule(),
        new AddressPrefixOverlapRule(),
        new VirtualNetworkOverlapRule(),
        new WideAreaDevicesRule(),
        new OnPremisesGatewayRule(),
        new EgressNeedsIdentityRule(),
        new UserAssignedIdentityRestrictedTargetRule(),
        new TrustedServicesNeedsIdentityAuthRule(),
        new KeyBasedAuthenticationRule(),
        new RouteUnknownEndpointRule(),
        new RoutingEndpointNameRule(),
        new RouteNameRule(),
        new RoutingLimitsRule(),
        new EnrichmentLimitRule(),
        new EnrichmentUnknownEndpointRule(),
        new StorageEndpointSettingsRule(),
        new ServiceBusTrustedServicesTierRule(),
        new EventHubsFirewallTierRule(),
        new NamespaceDenyWithoutRulesRule(),
        new TargetFirewallIpRuleRule(),
        new ExistingStorageFirewallRule(),
        new ExistingNamespaceRuleSetRule(),
        new RestrictOutboundWithoutBuiltInFqdnRule(),
        new EgressTargetIdRule(),
        new EgressTargetNameRule(),
        new EgressTargetConflictRule(),
        new FileUploadSettingsRule(),
        new FileUploadIdentityConnectionStringRule(),
        new RouteSourceRule(),
        new DeploymentPathRule());
  }
}
