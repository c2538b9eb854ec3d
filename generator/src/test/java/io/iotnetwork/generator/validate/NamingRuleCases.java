package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.existingSubnet;
import static io.iotnetwork.generator.Fixtures.networkWith;
import static io.iotnetwork.generator.Fixtures.privateHub;

import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.IotNetworkStages;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** A failing and a passing definition for the rules on names, tags and address whitespace. */
final class NamingRuleCases {
  private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/";
  private static final String INJECTED = "'${x}]";

  private NamingRuleCases() {}

  static List<RuleCase> all() {
    return List.of(
        // tag-limits
        new RuleCase("network tag name of 513 characters", "tag-limits", Severity.ERROR,
            "network[test-network].tags[" + "n".repeat(513) + "]",
            () -> networkWith(privateHub("hub-a").build()).withTag("n".repeat(513), "v").build(),
            () -> networkWith(privateHub("hub-a").build()).withTag("n".repeat(512), "v").build()),
        new RuleCase("hub tag value of 257 characters", "tag-limits", Severity.ERROR, "iotHub[hub-a].tags[owner]",
            () -> networkWith(privateHub("hub-a").withTag("owner", "v".repeat(257)).build()).build(),
            () -> networkWith(privateHub("hub-a").withTag("owner", "v".repeat(256)).build()).build()),
        new RuleCase("tag name with a slash", "tag-limits", Severity.ERROR, "iotHub[hub-a].tags[team/unit]",
            () -> networkWith(privateHub("hub-a").withTag("team/unit", "iot").build()).build(),
            () -> networkWith(privateHub("hub-a").withTag("team-unit", "iot").build()).build()),
        new RuleCase("network tag name of 129 characters on a storage account", "tag-limits", Severity.ERROR,
            "network[test-network].tags[" + "n".repeat(129) + "]",
            () -> storageNetwork().withTag("n".repeat(129), "v").build(),
            () -> storageNetwork().withTag("n".repeat(128), "v").build()),
        new RuleCase("62 network tags", "tag-limits", Severity.ERROR, "network[test-network].tags",
            () -> tagged(networkWith(privateHub("hub-a").build()), 62).build(),
            () -> tagged(networkWith(privateHub("hub-a").build()), 50).build()),
        new RuleCase("40 network tags and 11 of a private endpoint", "tag-limits", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].tags",
            () -> tagged(networkWith(hubWithEndpointTags(11)), 40).build(),
            () -> tagged(networkWith(hubWithEndpointTags(10)), 40).build()),

        // resource-group-name
        new RuleCase("existing network's resource group with a quote", "resource-group-name", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].subnet",
            () -> networkWith(hubIn(Subnet.existing("rg-" + INJECTED, "vnet-iot", "snet-pe"))).build(),
            () -> networkWith(hubIn(Subnet.existing("rg-(net).core", "vnet-iot", "snet-pe"))).build()),
        new RuleCase("resource group ending in a period inside an id", "resource-group-name", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].subnet",
            () -> networkWith(hubIn(Subnet.existing(subnetId("rg-net.", "vnet-iot", "snet-pe")))).build(),
            () -> networkWith(hubIn(Subnet.existing(subnetId("rg-net", "vnet-iot", "snet-pe")))).build()),

        // virtual-network-name
        new RuleCase("existing network name with a quote", "virtual-network-name", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].subnet",
            () -> networkWith(hubIn(Subnet.existing("rg-net", "vnet-" + INJECTED, "snet-pe"))).build(),
            () -> networkWith(hubIn(Subnet.existing("rg-net", "vnet-iot_", "snet-pe"))).build()),
        new RuleCase("existing subnet name ending in a period inside an id", "virtual-network-name", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].subnet",
            () -> networkWith(hubIn(Subnet.existing(subnetId("rg-net", "vnet-iot", "snet-pe.")))).build(),
            () -> networkWith(hubIn(Subnet.existing(subnetId("rg-net", "vnet-iot", "snet.pe")))).build()),
        new RuleCase("declared subnet name with a quote", "virtual-network-name", Severity.ERROR,
            "virtualNetwork[vnet-iot].subnets[snet-" + INJECTED + "]",
            () -> networkWith(hubIn(declared("snet-" + INJECTED).subnet("snet-" + INJECTED))).build(),
            () -> networkWith(hubIn(declared("snet-pe").subnet("snet-pe"))).build()),
        new RuleCase("declared network name of 65 characters", "virtual-network-name", Severity.ERROR,
            "virtualNetwork[" + "v".repeat(65) + "]",
            () -> networkWith(hubIn(VirtualNetwork.define("v".repeat(65)).withAddressSpace("10.0.0.0/16")
                .withSubnet("snet-pe", "10.0.1.0/24").build().subnet("snet-pe"))).build(),
            () -> networkWith(hubIn(VirtualNetwork.define("v".repeat(64)).withAddressSpace("10.0.0.0/16")
                .withSubnet("snet-pe", "10.0.1.0/24").build().subnet("snet-pe"))).build()),

        // private-endpoint-name
        new RuleCase("private endpoint name with markup", "private-endpoint-name", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-'${x}]<b>\"q\"]",
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1)
                .definePrivateEndpoint("pe-'${x}]<b>\"q\"").inSubnet(existingSubnet()).attach().build()).build(),
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1)
                .definePrivateEndpoint("pe-hub-a_").inSubnet(existingSubnet()).attach().build()).build()),
        new RuleCase("network interface name with a quote", "private-endpoint-name", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].customNetworkInterfaceName",
            () -> networkWith(hubWithNic("nic-" + INJECTED)).build(),
            () -> networkWith(hubWithNic("nic-pe-a.1")).build()),

        // user-assigned-identity-name
        new RuleCase("created identity name with a period", "user-assigned-identity-name", Severity.ERROR,
            "iotHub[hub-a].identity.userAssigned",
            () -> networkWith(privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id.hub"))
                .build()).build(),
            () -> networkWith(privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id_hub-a"))
                .build()).build()),

        // egress-target-name (Service Bus and entities)
        new RuleCase("Service Bus namespace starting with a digit", "egress-target-name", Severity.ERROR,
            "serviceBusNamespace[1sb-contoso]",
            () -> networkWith(queueTo("1sb-contoso", "orders").build()).build(),
            () -> networkWith(queueTo("sb-contoso", "orders").build()).build()),
        new RuleCase("queue name with a quote", "egress-target-name", Severity.ERROR,
            "iotHub[hub-a].routing.endpoints[orders]",
            () -> networkWith(queueTo("sb-contoso", "orders-" + INJECTED).build()).build(),
            () -> networkWith(queueTo("sb-contoso", "orders/eu.west_1").build()).build()),

        // ip-address-whitespace
        new RuleCase("IP filter mask with surrounding whitespace", "ip-address-whitespace", Severity.ERROR,
            "iotHub[hub-a].ipFilter.rules[corp]",
            () -> networkWith(publicHubAllowing(" 198.51.100.0/24 \n")).build(),
            () -> networkWith(publicHubAllowing("198.51.100.0/24")).build()),
        new RuleCase("subnet prefix with a trailing space", "ip-address-whitespace", Severity.ERROR,
            "virtualNetwork[vnet-iot].subnets[snet-pe]",
            () -> networkWith(hubIn(VirtualNetwork.define("vnet-iot").withAddressSpace("10.0.0.0/16")
                .withSubnet("snet-pe", "10.0.1.0/24 ").build().subnet("snet-pe"))).build(),
            () -> networkWith(hubIn(declared("snet-pe").subnet("snet-pe"))).build()),
        new RuleCase("static private address with a leading tab", "ip-address-whitespace", Severity.ERROR,
            "iotHub[hub-a].privateEndpoints[pe-a].staticPrivateIpAddress",
            () -> networkWith(hubWithStaticIp("\t10.0.1.10")).build(),
            () -> networkWith(hubWithStaticIp("10.0.1.10")).build()),
        new RuleCase("target firewall rule with a trailing newline", "ip-address-whitespace", Severity.ERROR,
            "serviceBusNamespace[sb-contoso].firewall.ipRules[203.0.113.0/24\n]",
            () -> networkWith(queueTo(ServiceBusNamespace.define("sb-contoso").withFirewallIpRule("203.0.113.0/24\n")
                .build()).build()).build(),
            () -> networkWith(queueTo(ServiceBusNamespace.define("sb-contoso").withFirewallIpRule("203.0.113.0/24")
                .build()).build()).build()),

        // private-dns-without-private-endpoint
        new RuleCase("new zones for a public hub without private endpoint", "private-dns-without-private-endpoint",
            Severity.WARNING, "network[test-network].privateDns",
            () -> networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1)
                .withPublicNetworkAccess(PublicNetworkAccess.ENABLED).build()).build(),
            () -> networkWith(privateHub("hub-a").build()).build()));
  }

  private static IotNetworkStages.WithOptions storageNetwork() {
    return networkWith(privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
        .toStorageContainer(StorageAccount.define("stiotdata").build(), "orders").attach().build());
  }

  private static IotNetworkStages.WithOptions tagged(IotNetworkStages.WithOptions network, int count) {
    IntStream.range(0, count).forEach(i -> network.withTag("tag-" + i, "v"));
    return network;
  }

  private static io.iotnetwork.model.IotHubSpec hubWithEndpointTags(int count) {
    return endpointOf(endpoint -> {
      IntStream.range(0, count).forEach(i -> endpoint.withTag("own-" + i, "v"));
      return endpoint;
    });
  }

  private static io.iotnetwork.model.IotHubSpec hubWithNic(String name) {
    return endpointOf(endpoint -> endpoint.withCustomNetworkInterfaceName(name));
  }

  private static io.iotnetwork.model.IotHubSpec hubWithStaticIp(String ip) {
    return IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
        .inSubnet(declared("snet-pe").subnet("snet-pe")).withStaticPrivateIpAddress(ip).attach().build();
  }

  private static io.iotnetwork.model.IotHubSpec endpointOf(
      UnaryOperator<IotHubStages.PrivateEndpointOptions<IotHubStages.WithOptions>> options) {
    return options.apply(IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a")
        .inSubnet(existingSubnet())).attach().build();
  }

  private static io.iotnetwork.model.IotHubSpec hubIn(io.iotnetwork.model.SubnetRef subnet) {
    return IotHub.define("hub-a").withSku(IotHubSku.S1, 1).definePrivateEndpoint("pe-a").inSubnet(subnet).attach()
        .build();
  }

  private static VirtualNetworkSpec declared(String subnetName) {
    return VirtualNetwork.define("vnet-iot").withAddressSpace("10.0.0.0/16").withSubnet(subnetName, "10.0.1.0/24")
        .build();
  }

  private static String subnetId(String group, String network, String subnet) {
    return SUB + group + "/providers/Microsoft.Network/virtualNetworks/" + network + "/subnets/" + subnet;
  }

  private static io.iotnetwork.model.IotHubSpec publicHubAllowing(String range) {
    return IotHub.define("hub-a").withSku(IotHubSku.S1, 1).withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
        .defineIpFilter(DefaultAction.DENY).allow("corp", range).applyToBuiltInEventHubEndpoint().attach().build();
  }

  private static IotHubStages.WithOptions queueTo(String namespace, String queue) {
    return privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
        .toServiceBusQueue(ServiceBusNamespace.define(namespace).withFirewallIpRule("203.0.113.0/24").build(), queue)
        .attach();
  }

  private static IotHubStages.WithOptions queueTo(io.iotnetwork.model.ServiceBusNamespaceSpec namespace) {
    return privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
        .toServiceBusQueue(namespace, "orders").attach();
  }
}
