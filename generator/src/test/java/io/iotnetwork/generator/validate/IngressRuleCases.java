package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.existingSubnet;
import static io.iotnetwork.generator.Fixtures.networkWith;
import static io.iotnetwork.generator.Fixtures.privateHub;

import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.DeviceSite;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.List;
import java.util.stream.IntStream;

/** A failing and a passing definition for every ingress rule. */
final class IngressRuleCases {
  private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/";
  private static final String ZONES = SUB + "Microsoft.Network/privateDnsZones/";

  private IngressRuleCases() {}

  static List<RuleCase> all() {
    return List.of(
        new RuleCase("id with a slash", "network-id", Severity.ERROR, "network[plant/1]",
            () -> IotNetwork.define("plant/1").inRegion(Region.EUROPE_WEST).withIotHub(privateHub("hub-a").build())
                .build(),
            () -> IotNetwork.define("plant-1").inRegion(Region.EUROPE_WEST).withIotHub(privateHub("hub-a").build())
                .build()),
        new RuleCase("no hub", "network-without-hub", Severity.ERROR, "network[test-network]",
            () -> networkWith().build(),
            () -> networkWith(privateHub("hub-a").build()).build()),
        new RuleCase("retired cloud", "supported-cloud", Severity.ERROR, "network[test-network].cloud",
            () -> networkWith(privateHub("hub-a").build()).inCloud(AzureEnvironment.AZURE_GERMANY).build(),
            () -> networkWith(privateHub("hub-a").build()).inCloud(AzureEnvironment.AZURE_CHINA).build()),
        new RuleCase("one network declared twice, differently", "duplicate-name", Severity.ERROR,
            "virtualNetwork[vnet-iot]",
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-pe"),
                IotHub.define("hub-b").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-b")
                    .inSubnet(vnet("10.0.0.0/16", "10.0.2.0/24").subnet("snet-pe")).attach().build()).build(),
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-pe"),
                IotHub.define("hub-b").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-b")
                    .inSubnet(vnet("10.0.0.0/16", "10.0.1.0/24").subnet("snet-pe")).attach().build()).build()),
        new RuleCase("two hubs differing in case", "duplicate-name", Severity.ERROR, "iotHub[HUB-A]",
            () -> networkWith(privateHub("hub-a").build(), IotHub.define("HUB-A").withSku(IotHubSku.S1, 1)
                .definePrivateEndpoint("pe-other").inSubnet(existingSubnet()).attach().build()).build(),
            () -> networkWith(privateHub("hub-a").build(), privateHub("hub-b").build()).build()),
        new RuleCase("name ending in a hyphen", "iot-hub-name", Severity.ERROR, "iotHub[hub-]",
            () -> networkWith(privateHub("hub-").build()).build(),
            () -> networkWith(privateHub("hub-1").build()).build()),
        new RuleCase("all-digit name", "iot-hub-name", Severity.ERROR, "iotHub[12345]",
            () -> networkWith(privateHub("12345").build()).build(),
            () -> networkWith(privateHub("h12345").build()).build()),
        new RuleCase("S3 with 11 units", "iot-hub-sku-capacity", Severity.ERROR, "iotHub[hub-a].sku",
            () -> networkWith(hubWithSku(IotHubSku.S3, 11)).build(),
            () -> networkWith(hubWithSku(IotHubSku.S3, 10)).build()),
        new RuleCase("F1 with 2 units", "iot-hub-sku-capacity", Severity.ERROR, "iotHub[hub-a].sku",
            () -> networkWith(hubWithSku(IotHubSku.F1, 2)).build(),
            () -> networkWith(hubWithSku(IotHubSku.S1, 200)).build()),
        new RuleCase("33 partitions", "built-in-endpoint", Severity.ERROR, "iotHub[hub-a].builtInEventHubEndpoint",
            () -> networkWith(privateHub("hub-a").withBuiltInEventHubEndpoint(33, 1).build()).build(),
            () -> networkWith(privateHub("hub-a").withBuiltInEventHubEndpoint(32, 7).build()).build()),
        new RuleCase("TLS 1.5", "min-tls-version", Severity.ERROR, "iotHub[hub-a].minTlsVersion",
            () -> networkWith(privateHub("hub-a").withMinTlsVersion("1.5").build()).build(),
            () -> networkWith(privateHub("hub-a").withMinTlsVersion("1.2").build()).build()),
        new RuleCase("TLS 1.2 outside the public cloud", "min-tls-version", Severity.WARNING,
            "iotHub[hub-a].minTlsVersion",
            () -> networkWith(privateHub("hub-a").build()).inCloud(AzureEnvironment.AZURE_US_GOVERNMENT).build(),
            () -> networkWith(privateHub("hub-a").build()).inCloud(AzureEnvironment.AZURE).build()),
        new RuleCase("private without endpoint", "hub-unreachable", Severity.ERROR, "iotHub[hub-a]",
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).build()).build(),
            () -> networkWith(privateHub("hub-a").build()).build()),
        new RuleCase("endpoint but public without filter", "public-access-not-isolated", Severity.WARNING,
            "iotHub[hub-a]",
            () -> networkWith(privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED).build()).build(),
            () -> networkWith(privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
                .defineIpFilter(DefaultAction.DENY).allow("nat", "203.0.113.0/24").applyToBuiltInEventHubEndpoint()
                .attach().build()).build()),
        new RuleCase("endpoint but filter allows by default", "public-access-not-isolated", Severity.WARNING,
            "iotHub[hub-a]",
            () -> networkWith(privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
                .defineIpFilter(DefaultAction.ALLOW).applyToBuiltInEventHubEndpoint().attach().build()).build(),
            () -> networkWith(privateHub("hub-a").build()).build()),
        new RuleCase("filter not on built-in endpoint", "built-in-endpoint-public", Severity.WARNING,
            "iotHub[hub-a].ipFilter",
            () -> networkWith(privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
                .defineIpFilter(DefaultAction.DENY).allow("nat", "203.0.113.0/24").attach().build()).build(),
            () -> networkWith(privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
                .defineIpFilter(DefaultAction.DENY).allow("nat", "203.0.113.0/24").applyToBuiltInEventHubEndpoint()
                .attach().build()).build()),
        new RuleCase("101 rules", "ip-filter-rule-limit", Severity.ERROR, "iotHub[hub-a].ipFilter",
            () -> networkWith(hubWithRules(101)).build(),
            () -> networkWith(hubWithRules(100)).build()),
        new RuleCase("not an IPv4 range", "ip-filter-address", Severity.ERROR, "iotHub[hub-a].ipFilter.rules[nat]",
            () -> networkWith(publicHubAllowing("nat", "203.0.113.0/33")).build(),
            () -> networkWith(publicHubAllowing("nat", "203.0.113.0/32")).build()),
        new RuleCase("IPv6 address", "ip-filter-address", Severity.ERROR, "iotHub[hub-a].ipFilter.rules[nat]",
            () -> networkWith(publicHubAllowing("nat", "2001:db8::1")).build(),
            () -> networkWith(publicHubAllowing("nat", "192.0.2.1")).build()),
        new RuleCase("names equal ignoring case", "ip-filter-rule-name", Severity.ERROR,
            "iotHub[hub-a].ipFilter.rules[NAT]",
            () -> networkWith(privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
                .defineIpFilter(DefaultAction.DENY).allow("nat", "203.0.113.0/28").allow("NAT", "198.51.100.0/28")
                .applyToBuiltInEventHubEndpoint().attach().build()).build(),
            () -> networkWith(privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
                .defineIpFilter(DefaultAction.DENY).allow("nat", "203.0.113.0/28").allow("nat-2", "198.51.100.0/28")
                .applyToBuiltInEventHubEndpoint().attach().build()).build()),
        new RuleCase("name with a space", "ip-filter-rule-name", Severity.ERROR,
            "iotHub[hub-a].ipFilter.rules[factory nat]",
            () -> networkWith(publicHubAllowing("factory nat", "203.0.113.0/28")).build(),
            () -> networkWith(publicHubAllowing("factory_nat(1)", "203.0.113.0/28")).build()),
        new RuleCase("rules on a private hub", "ip-filter-ignored", Severity.WARNING, "iotHub[hub-a].ipFilter",
            () -> networkWith(privateHub("hub-a").defineIpFilter(DefaultAction.DENY).allow("nat", "203.0.113.0/28")
                .applyToBuiltInEventHubEndpoint().attach().build()).build(),
            () -> networkWith(privateHub("hub-a").build()).build()),
        new RuleCase("endpoint in another region", "private-endpoint-region", Severity.WARNING,
            "iotHub[hub-a].privateEndpoints[pe-a]",
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(existingSubnet()).inRegion(Region.US_EAST).attach().build()).build(),
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(existingSubnet()).inRegion(Region.EUROPE_WEST).attach().build()).build()),
        new RuleCase("own DNS", "private-endpoint-without-dns", Severity.WARNING,
            "iotHub[hub-a].privateEndpoints[pe-hub-a]",
            () -> networkWith(privateHub("hub-a").build()).withPrivateDns(PrivateDns.selfManaged()).build(),
            () -> networkWith(privateHub("hub-a").build()).withPrivateDns(PrivateDns.newZones()).build()),
        new RuleCase("existing zone of the wrong name", "existing-dns-zones", Severity.ERROR,
            "network[test-network].privateDns",
            () -> networkWith(privateHub("hub-a").build()).withPrivateDns(PrivateDns.existingZones(
                ZONES + "privatelink.azure-devices.us", ZONES + "privatelink.servicebus.windows.net")).build(),
            () -> networkWith(privateHub("hub-a").build()).build()),
        new RuleCase("existing zones are not linked here", "existing-dns-zones", Severity.INFO,
            "network[test-network].privateDns",
            () -> networkWith(privateHub("hub-a").build()).withPrivateDns(PrivateDns.existingZones(
                ZONES + "privatelink.azure-devices.net", ZONES + "privatelink.servicebus.windows.net")).build(),
            () -> networkWith(privateHub("hub-a").build()).withPrivateDns(PrivateDns.existingZonesLinkedTo(
                ZONES + "privatelink.azure-devices.net", ZONES + "privatelink.servicebus.windows.net")).build()),
        new RuleCase("subnet id of a virtual network", "existing-resource-id", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].subnet",
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(Subnet.existing(SUB + "Microsoft.Network/virtualNetworks/vnet-iot")).attach().build()).build(),
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(Subnet.existing(SUB + "Microsoft.Network/virtualNetworks/vnet-iot/subnets/snet"))
                .attach().build()).build()),
        new RuleCase("gateway id of another type", "existing-resource-id", Severity.ERROR,
            "deviceSite[plant].gateway",
            () -> networkWith(privateHub("hub-a").build()).withDeviceSite(DeviceSite.onPremises("plant",
                DeviceSite.existingVpnGateway(SUB + "Microsoft.Network/localNetworkGateways/lgw"))).build(),
            () -> networkWith(privateHub("hub-a").build()).withDeviceSite(DeviceSite.onPremises("plant",
                DeviceSite.existingVpnGateway(SUB + "Microsoft.Network/virtualNetworkGateways/vgw"))).build()),
        new RuleCase("subnet the network lacks", "declared-subnet", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].subnet",
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-missing")).build(),
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-pe")).build()),
        new RuleCase("endpoint in GatewaySubnet", "private-endpoint-in-gateway-subnet", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].subnet",
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(Subnet.existing("rg-net", "vnet-hub", "GatewaySubnet")).attach().build()).build(),
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(Subnet.existing("rg-net", "vnet-hub", "snet-pe")).attach().build()).build()),
        new RuleCase("static address outside the subnet", "private-endpoint-static-ip", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].staticPrivateIpAddress",
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(vnet("10.0.0.0/16", "10.0.1.0/24").subnet("snet-pe")).withStaticPrivateIpAddress("10.0.2.4")
                .attach().build()).build(),
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
                .inSubnet(vnet("10.0.0.0/16", "10.0.1.0/24").subnet("snet-pe")).withStaticPrivateIpAddress("10.0.1.4")
                .attach().build()).build()),
        new RuleCase("address space that is no CIDR", "virtual-network-prefix", Severity.ERROR,
            "virtualNetwork[vnet-iot].addressSpace",
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0", "10.0.1.0/24"), "snet-pe")).build(),
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-pe")).build()),
        new RuleCase("subnet prefix with host bits", "virtual-network-prefix", Severity.ERROR,
            "virtualNetwork[vnet-iot].subnets[snet-pe]",
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.5/24"), "snet-pe")).build(),
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-pe")).build()),
        new RuleCase("subnet outside the address space", "subnet-outside-address-space", Severity.ERROR,
            "virtualNetwork[vnet-iot].subnets[snet-pe]",
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.1.1.0/24"), "snet-pe")).build(),
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.255.0/24"), "snet-pe")).build()),
        new RuleCase("overlapping subnets", "address-prefix-overlap", Severity.ERROR,
            "virtualNetwork[vnet-iot].subnets[snet-other]",
            () -> networkWith(hubInDeclaredSubnet(VirtualNetwork.define("vnet-iot").withAddressSpace("10.0.0.0/16")
                .withSubnet("snet-pe", "10.0.1.0/24").withSubnet("snet-other", "10.0.1.128/25").build(), "snet-pe")).build(),
            () -> networkWith(hubInDeclaredSubnet(VirtualNetwork.define("vnet-iot").withAddressSpace("10.0.0.0/16")
                .withSubnet("snet-pe", "10.0.1.0/24").withSubnet("snet-other", "10.0.2.0/25").build(), "snet-pe")).build()),
        new RuleCase("overlapping address space", "address-prefix-overlap", Severity.ERROR,
            "virtualNetwork[vnet-iot].addressSpace",
            () -> networkWith(hubInDeclaredSubnet(VirtualNetwork.define("vnet-iot")
                .withAddressSpace("10.0.0.0/16", "10.0.128.0/17").withSubnet("snet-pe", "10.0.1.0/24").build(),
                "snet-pe")).build(),
            () -> networkWith(hubInDeclaredSubnet(VirtualNetwork.define("vnet-iot")
                .withAddressSpace("10.0.0.0/16", "10.1.0.0/16").withSubnet("snet-pe", "10.0.1.0/24").build(),
                "snet-pe")).build()),
        new RuleCase("DNS network overlapping the endpoint's", "virtual-network-overlap", Severity.WARNING,
            "virtualNetwork[vnet-dns].addressSpace",
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-pe"))
                .withPrivateDns(PrivateDns.newZonesLinkedTo(dnsVnet("10.0.0.0/20"))).build(),
            () -> networkWith(hubInDeclaredSubnet(vnet("10.0.0.0/16", "10.0.1.0/24"), "snet-pe"))
                .withPrivateDns(PrivateDns.newZonesLinkedTo(dnsVnet("10.99.0.0/20"))).build()),
        new RuleCase("wide-area devices and a private hub", "wide-area-devices-private-hub", Severity.WARNING,
            "deviceSite[field]",
            () -> networkWith(privateHub("hub-a").build()).withDeviceSite(DeviceSite.wideAreaNetwork("field")).build(),
            () -> networkWith(publicHubAllowing("field-nat", "198.51.100.0/24"))
                .withDeviceSite(DeviceSite.wideAreaNetwork("field")).build()),
        new RuleCase("on-premises without gateway", "on-premises-devices-without-gateway", Severity.INFO,
            "deviceSite[plant]",
            () -> networkWith(privateHub("hub-a").build()).withDeviceSite(DeviceSite.onPremises("plant")).build(),
            () -> networkWith(privateHub("hub-a").build()).withDeviceSite(DeviceSite.onPremises("plant",
                DeviceSite.existingExpressRouteGateway(SUB + "Microsoft.Network/virtualNetworkGateways/ergw"))).build()));
  }

  private static IotHubSpec hubWithSku(IotHubSku sku, int units) {
    return IotHub.define("hub-a").withSku(sku, units)
        .definePrivateEndpoint("pe-a").inSubnet(existingSubnet()).attach().build();
  }

  private static IotHubSpec hubWithRules(int count) {
    IotHubStages.IpFilter filter = privateHub("hub-a").withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
        .defineIpFilter(DefaultAction.DENY).applyToBuiltInEventHubEndpoint();
    IntStream.range(0, count).forEach(i -> filter.allow("rule-" + i, "10." + (i / 256) + "." + (i % 256) + ".1"));
    return filter.attach().build();
  }

  private static IotHubSpec publicHubAllowing(String name, String range) {
    return IotHub.define("hub-a").withSku(IotHubSku.S1, 1).withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
        .defineIpFilter(DefaultAction.DENY).allow(name, range).applyToBuiltInEventHubEndpoint().attach().build();
  }

  private static IotHubSpec hubInDeclaredSubnet(VirtualNetworkSpec network, String subnet) {
    return IotHub.define("hub-a").withSku(IotHubSku.S1, 1)
        .definePrivateEndpoint("pe-a").inSubnet(network.subnet(subnet)).attach().build();
  }

  private static VirtualNetworkSpec vnet(String addressSpace, String subnetPrefix) {
    return VirtualNetwork.define("vnet-iot").withAddressSpace(addressSpace).withSubnet("snet-pe", subnetPrefix).build();
  }

  private static VirtualNetworkSpec dnsVnet(String addressSpace) {
    return VirtualNetwork.define("vnet-dns").withAddressSpace(addressSpace).withSubnet("snet-dns", addressSpace).build();
  }
}
