package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.networkWith;
import static io.iotnetwork.generator.Fixtures.privateHub;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.azure.resourcemanager.servicebus.models.SkuName;
import io.iotnetwork.dsl.EgressTargetStages;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** A failing and a passing definition for every egress rule. */
final class EgressRuleCases {
  private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/";
  private static final String ORDERS = "iotHub[hub-a].routing.endpoints[orders]";
  private static final String FILE_UPLOAD = "iotHub[hub-a].fileUpload";

  private EgressRuleCases() {}

  static List<RuleCase> all() {
    return List.of(
        // route-source
        new RuleCase("route from the invalid source", "route-source", Severity.ERROR,
            "iotHub[hub-a].routing.routes[everything]",
            () -> network(privateHub("hub-a").defineRoute("everything").from(RoutingSource.INVALID).toBuiltInEndpoint()
                .attach()),
            () -> network(privateHub("hub-a").defineRoute("everything").from(RoutingSource.DEVICE_MESSAGES)
                .toBuiltInEndpoint().attach())),
        // duplicate-name, user-assigned identity declared twice differently
        new RuleCase("one identity name, two regions", "duplicate-name", Severity.ERROR, "iotHub[hub-b].identity",
            () -> Fixtures.networkWith(
                privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id-shared")).build(),
                privateHub("hub-b").withUserAssignedIdentity(
                    UserAssignedIdentity.define("id-shared", Region.US_EAST)).build()).build(),
            () -> Fixtures.networkWith(
                privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id-shared")).build(),
                privateHub("hub-b").withUserAssignedIdentity(UserAssignedIdentity.define("id-shared")).build()).build()),
        // deployment-path
        new RuleCase("egress through the system-assigned identity", "deployment-path", Severity.INFO,
            "iotHub[hub-a].egress",
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
                .toStorageContainer(storage(), "orders").attach()),
            () -> network(privateHub("hub-a").withSystemAssignedIdentity())),
        // egress-needs-identity
        new RuleCase("identity-based endpoint, hub without identity", "egress-needs-identity", Severity.ERROR, ORDERS,
            () -> network(privateHub("hub-a").defineRoutingEndpoint("orders")
                .toStorageContainer(storage(), "orders").attach()),
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
                .toStorageContainer(storage(), "orders").attach())),
        new RuleCase("file upload asks for a user-assigned identity the hub lacks", "egress-needs-identity",
            Severity.ERROR, FILE_UPLOAD,
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineFileUpload(storage(), "uploads")
                .withIdentity(IdentityKind.USER_ASSIGNED).attach()),
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineFileUpload(storage(), "uploads")
                .withIdentity(IdentityKind.SYSTEM_ASSIGNED).attach())),
        new RuleCase("import/export, hub without identity", "egress-needs-identity", Severity.ERROR,
            "iotHub[hub-a].importExport",
            () -> network(privateHub("hub-a").withImportExportStorage(storage(), "devices")),
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().withImportExportStorage(storage(), "devices"))),

        // user-assigned-identity-restricted-target
        new RuleCase("only a user-assigned identity towards a restricted namespace",
            "user-assigned-identity-restricted-target", Severity.ERROR, ORDERS,
            () -> network(privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id-hub-a"))
                .defineRoutingEndpoint("orders").toEventHub(eventHubs(), "orders").attach()),
            () -> network(privateHub("hub-a").withUserAssignedIdentity(UserAssignedIdentity.define("id-hub-a"))
                .defineRoutingEndpoint("orders").toEventHub(openEventHubs(), "orders").attach())),
        new RuleCase("user-assigned identity chosen though the hub has both",
            "user-assigned-identity-restricted-target", Severity.ERROR, FILE_UPLOAD,
            () -> network(bothIdentities(privateHub("hub-a")).defineFileUpload(storage(), "uploads")
                .withIdentity(IdentityKind.USER_ASSIGNED).attach()),
            () -> network(bothIdentities(privateHub("hub-a")).defineFileUpload(storage(), "uploads").attach())),

        // trusted-services-needs-identity-auth
        new RuleCase("key-based endpoint towards a restricted namespace", "trusted-services-needs-identity-auth",
            Severity.ERROR, ORDERS,
            () -> network(privateHub("hub-a").defineRoutingEndpoint("orders")
                .toServiceBusQueue(serviceBus(), "orders").withKeyBasedAuthentication().attach()),
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
                .toServiceBusQueue(serviceBus(), "orders").attach())),
        new RuleCase("key-based file upload towards a restricted account", "trusted-services-needs-identity-auth",
            Severity.ERROR, FILE_UPLOAD,
            () -> network(privateHub("hub-a").defineFileUpload(storage(), "uploads").withKeyBasedAuthentication()
                .attach()),
            () -> network(privateHub("hub-a").defineFileUpload(openStorage(), "uploads").withKeyBasedAuthentication()
                .attach())),

        // key-based-authentication
        new RuleCase("key-based endpoint", "key-based-authentication", Severity.WARNING, ORDERS,
            () -> network(privateHub("hub-a").defineRoutingEndpoint("orders")
                .toEventHub(openEventHubs(), "orders").withKeyBasedAuthentication().attach()),
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
                .toEventHub(openEventHubs(), "orders").attach())),

        // route-unknown-endpoint
        new RuleCase("route to an endpoint of another case", "route-unknown-endpoint", Severity.ERROR,
            "iotHub[hub-a].routing.routes[telemetry]",
            () -> network(withOrdersEndpoint(privateHub("hub-a")).defineRoute("telemetry")
                .from(RoutingSource.DEVICE_MESSAGES).toEndpoint("Orders").attach()),
            () -> network(withOrdersEndpoint(privateHub("hub-a")).defineRoute("telemetry")
                .from(RoutingSource.DEVICE_MESSAGES).toEndpoint("orders").attach())),
        new RuleCase("route to no endpoint at all", "route-unknown-endpoint", Severity.ERROR,
            "iotHub[hub-a].routing.routes[twins]",
            () -> network(privateHub("hub-a").defineRoute("twins").from(RoutingSource.TWIN_CHANGE_EVENTS)
                .toEndpoint("archive").attach()),
            () -> network(privateHub("hub-a").defineRoute("twins").from(RoutingSource.TWIN_CHANGE_EVENTS)
                .toBuiltInEndpoint().attach())),

        // routing-endpoint-name
        new RuleCase("endpoint name with a space", "routing-endpoint-name", Severity.ERROR,
            "iotHub[hub-a].routing.endpoints[order archive]",
            () -> network(endpointNamed(privateHub("hub-a"), "order archive")),
            () -> network(endpointNamed(privateHub("hub-a"), "order.archive_1"))),
        new RuleCase("reserved endpoint name", "routing-endpoint-name", Severity.ERROR,
            "iotHub[hub-a].routing.endpoints[Events]",
            () -> network(endpointNamed(privateHub("hub-a"), "Events")),
            () -> network(endpointNamed(privateHub("hub-a"), "events-archive"))),
        new RuleCase("endpoint names equal ignoring case across kinds", "routing-endpoint-name", Severity.ERROR,
            "iotHub[hub-a].routing.endpoints[ORDERS]",
            () -> network(withOrdersEndpoint(privateHub("hub-a")).defineRoutingEndpoint("ORDERS")
                .toServiceBusTopic(serviceBus(), "orders").attach()),
            () -> network(withOrdersEndpoint(privateHub("hub-a")).defineRoutingEndpoint("orders-topic")
                .toServiceBusTopic(serviceBus(), "orders").attach())),

        // route-name
        new RuleCase("route name too long", "route-name", Severity.ERROR, "iotHub[hub-a].routing.routes[" + "r".repeat(65) + "]",
            () -> network(privateHub("hub-a").defineRoute("r".repeat(65)).from(RoutingSource.DEVICE_MESSAGES)
                .toBuiltInEndpoint().attach()),
            () -> network(privateHub("hub-a").defineRoute("r".repeat(64)).from(RoutingSource.DEVICE_MESSAGES)
                .toBuiltInEndpoint().attach())),
        new RuleCase("route names equal ignoring case", "route-name", Severity.ERROR,
            "iotHub[hub-a].routing.routes[ALL]",
            () -> network(privateHub("hub-a").defineRoute("all").from(RoutingSource.DEVICE_MESSAGES).toBuiltInEndpoint()
                .attach().defineRoute("ALL").from(RoutingSource.TWIN_CHANGE_EVENTS).toBuiltInEndpoint().attach()),
            () -> network(privateHub("hub-a").defineRoute("all").from(RoutingSource.DEVICE_MESSAGES).toBuiltInEndpoint()
                .attach().defineRoute("twins").from(RoutingSource.TWIN_CHANGE_EVENTS).toBuiltInEndpoint().attach())),

        // routing-limits
        new RuleCase("11 custom endpoints", "routing-limits", Severity.ERROR, "iotHub[hub-a].routing.endpoints",
            () -> network(endpoints(privateHub("hub-a"), 11)),
            () -> network(endpoints(privateHub("hub-a"), 10))),
        new RuleCase("2 custom endpoints on F1", "routing-limits", Severity.ERROR, "iotHub[hub-a].routing.endpoints",
            () -> network(endpoints(freeHub(), 2)),
            () -> network(endpoints(freeHub(), 1))),
        new RuleCase("101 routes", "routing-limits", Severity.ERROR, "iotHub[hub-a].routing.routes",
            () -> network(routes(privateHub("hub-a"), 101)),
            () -> network(routes(privateHub("hub-a"), 100))),
        new RuleCase("6 routes on F1", "routing-limits", Severity.ERROR, "iotHub[hub-a].routing.routes",
            () -> network(routes(freeHub(), 6)),
            () -> network(routes(freeHub(), 5))),

        // storage-endpoint-settings
        new RuleCase("batch every 59 seconds", "storage-endpoint-settings", Severity.ERROR, ORDERS,
            () -> network(storageEndpoint(privateHub("hub-a"), options -> options.withBatchFrequencyInSeconds(59))),
            () -> network(storageEndpoint(privateHub("hub-a"), options -> options.withBatchFrequencyInSeconds(720)))),
        new RuleCase("chunks above 500 MiB", "storage-endpoint-settings", Severity.ERROR, ORDERS,
            () -> network(storageEndpoint(privateHub("hub-a"), options -> options.withMaxChunkSizeInBytes(524_288_001L))),
            () -> network(storageEndpoint(privateHub("hub-a"), options -> options.withMaxChunkSizeInBytes(10_485_760L)))),
        new RuleCase("file name format without {mm}", "storage-endpoint-settings", Severity.ERROR, ORDERS,
            () -> network(storageEndpoint(privateHub("hub-a"),
                options -> options.withFileNameFormat("{iothub}/{partition}/{YYYY}/{MM}/{DD}/{HH}"))),
            () -> network(storageEndpoint(privateHub("hub-a"),
                options -> options.withFileNameFormat("{YYYY}-{MM}-{DD}/{HH}-{mm}/{iothub}-{partition}.avro")))),

        // service-bus-trusted-services-tier, event-hubs-firewall-tier
        new RuleCase("Standard Service Bus behind the firewall", "service-bus-trusted-services-tier", Severity.ERROR,
            "serviceBusNamespace[sb-contoso-iot]",
            () -> network(queueTo(ServiceBusNamespace.define("sb-contoso-iot")
                .withSku(SkuName.STANDARD).build())),
            () -> network(queueTo(ServiceBusNamespace.define("sb-contoso-iot")
                .withSku(SkuName.STANDARD)
                .withFirewall(FirewallMode.ALL_NETWORKS).build()))),
        new RuleCase("existing Standard Service Bus behind the firewall", "service-bus-trusted-services-tier",
            Severity.ERROR, "serviceBusNamespace[sb-existing]",
            () -> network(queueTo(ServiceBusNamespace.existing(SUB + "Microsoft.ServiceBus/namespaces/sb-existing",
                SkuName.STANDARD).build())),
            () -> network(queueTo(ServiceBusNamespace.existing(SUB + "Microsoft.ServiceBus/namespaces/sb-existing",
                SkuName.PREMIUM).withFirewallIpRule("203.0.113.0/24")
                .build()))),
        new RuleCase("Basic Event Hubs behind the firewall", "event-hubs-firewall-tier", Severity.ERROR,
            "eventHubsNamespace[evhns-contoso]",
            () -> network(eventHubTo(EventHubsNamespace.define("evhns-contoso")
                .withSku(com.azure.resourcemanager.eventhubs.models.SkuName.BASIC).build())),
            () -> network(eventHubTo(EventHubsNamespace.define("evhns-contoso")
                .withSku(com.azure.resourcemanager.eventhubs.models.SkuName.STANDARD).build()))),

        // namespace-deny-without-rules
        new RuleCase("namespace denying with no IP rule", "namespace-deny-without-rules", Severity.WARNING,
            "eventHubsNamespace[evhns-contoso]",
            () -> network(eventHubTo(EventHubsNamespace.define("evhns-contoso").build())),
            () -> network(eventHubTo(eventHubs()))),

        // target-firewall-ip-rule
        new RuleCase("firewall IP rule that is no range", "target-firewall-ip-rule", Severity.ERROR,
            "storageAccount[stiotdata].firewall.ipRules[203.0.113.0/33]",
            () -> network(storageEndpoint(privateHub("hub-a"), StorageAccount.define("stiotdata")
                .withFirewallIpRule("203.0.113.0/33").build())),
            () -> network(storageEndpoint(privateHub("hub-a"), StorageAccount.define("stiotdata")
                .withFirewallIpRule("203.0.113.0/24").build()))),

        // existing-storage-firewall
        new RuleCase("existing storage account behind the firewall", "existing-storage-firewall", Severity.WARNING,
            "storageAccount[stexisting]",
            () -> network(storageEndpoint(privateHub("hub-a"),
                StorageAccount.existing(SUB + "Microsoft.Storage/storageAccounts/stexisting").build())),
            () -> network(storageEndpoint(privateHub("hub-a"),
                StorageAccount.existing(SUB + "Microsoft.Storage/storageAccounts/stexisting")
                    .withFirewall(FirewallMode.ALL_NETWORKS).build()))),

        // existing-namespace-rule-set
        new RuleCase("existing namespace's rule set is rewritten", "existing-namespace-rule-set", Severity.INFO,
            "eventHubsNamespace[evhns-existing]",
            () -> network(eventHubTo(existingEventHubs().withFirewallIpRule("203.0.113.0/24").build())),
            () -> network(eventHubTo(existingEventHubs().withFirewall(FirewallMode.ALL_NETWORKS).build()))),

        // restrict-outbound-without-built-in-fqdn
        new RuleCase("outbound restricted without the built-in endpoint", "restrict-outbound-without-built-in-fqdn",
            Severity.WARNING, "iotHub[hub-a].restrictOutboundNetworkAccess",
            () -> network(privateHub("hub-a").withRestrictedOutboundNetworkAccess("telemetry.contoso.com")),
            () -> network(privateHub("hub-a").withRestrictedOutboundNetworkAccess(
                "iothub-ns-hub-a-1234567-0123456789.servicebus.windows.net"))),

        // egress-target-id
        new RuleCase("existing storage id of a blob service", "egress-target-id", Severity.ERROR,
            "storageAccount[default]",
            () -> network(storageEndpoint(privateHub("hub-a"), StorageAccount.existing(
                SUB + "Microsoft.Storage/storageAccounts/stexisting/blobServices/default").build())),
            () -> network(storageEndpoint(privateHub("hub-a"), StorageAccount.existing(
                SUB + "Microsoft.Storage/storageAccounts/stexisting").build()))),
        new RuleCase("existing Service Bus id of an Event Hubs namespace", "egress-target-id", Severity.ERROR,
            "serviceBusNamespace[sb-existing]",
            () -> network(queueTo(ServiceBusNamespace.existing(SUB + "Microsoft.EventHub/namespaces/sb-existing",
                SkuName.PREMIUM).build())),
            () -> network(queueTo(ServiceBusNamespace.existing(SUB + "Microsoft.ServiceBus/namespaces/sb-existing",
                SkuName.PREMIUM).withFirewall(FirewallMode.ALL_NETWORKS).build()))),
        new RuleCase("existing identity id of another type", "egress-target-id", Severity.ERROR,
            "iotHub[hub-a].identity.userAssigned",
            () -> network(privateHub("hub-a").withUserAssignedIdentity(
                UserAssignedIdentity.existing(SUB + "Microsoft.Network/virtualNetworks/id-hub-a"))),
            () -> network(privateHub("hub-a").withUserAssignedIdentity(
                UserAssignedIdentity.existing(SUB + "Microsoft.ManagedIdentity/userAssignedIdentities/id-hub-a")))),

        // egress-target-name
        new RuleCase("storage account name with capitals", "egress-target-name", Severity.ERROR,
            "storageAccount[stIotData]",
            () -> network(storageEndpoint(privateHub("hub-a"), StorageAccount.define("stIotData").build())),
            () -> network(storageEndpoint(privateHub("hub-a"), StorageAccount.define("stiotdata").build()))),
        new RuleCase("Event Hubs namespace name of 7 characters", "egress-target-name", Severity.ERROR,
            "eventHubsNamespace[evhns-1]",
            () -> network(eventHubTo(EventHubsNamespace.define("evhns-1").withFirewallIpRule("203.0.113.0/24").build())),
            () -> network(eventHubTo(EventHubsNamespace.define("evhns-01").withFirewallIpRule("203.0.113.0/24")
                .build()))),
        new RuleCase("container name with a double hyphen", "egress-target-name", Severity.ERROR, FILE_UPLOAD,
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineFileUpload(storage(), "up--loads")
                .attach()),
            () -> network(privateHub("hub-a").withSystemAssignedIdentity().defineFileUpload(storage(), "up-loads")
                .attach())),

        // egress-target-conflict
        new RuleCase("one account declared with two SKUs", "egress-target-conflict", Severity.ERROR,
            "storageAccount[stiotdata]",
            () -> networkWith(
                storageEndpoint(privateHub("hub-a"), storage()).build(),
                storageEndpoint(privateHub("hub-b"), StorageAccount.define("stiotdata")
                    .withSku(com.azure.resourcemanager.storage.models.SkuName.STANDARD_GRS).build()).build()).build(),
            () -> networkWith(
                storageEndpoint(privateHub("hub-a"), storage()).build(),
                storageEndpoint(privateHub("hub-b"), storage()).build()).build()),

        // file-upload-settings
        new RuleCase("101 deliveries", "file-upload-settings", Severity.ERROR, FILE_UPLOAD,
            () -> network(fileUpload(upload -> upload.withNotifications(Duration.ofMinutes(1), Duration.ofHours(1), 101))),
            () -> network(fileUpload(upload -> upload.withNotifications(Duration.ofMinutes(1), Duration.ofHours(1), 100)))),
        new RuleCase("zero SAS time to live", "file-upload-settings", Severity.ERROR, FILE_UPLOAD,
            () -> network(fileUpload(upload -> upload.withSasTtl(Duration.ZERO))),
            () -> network(fileUpload(upload -> upload.withSasTtl(Duration.ofMinutes(5))))),

        // file-upload-identity-connection-string
        new RuleCase("identity-based file upload", "file-upload-identity-connection-string", Severity.INFO,
            FILE_UPLOAD,
            () -> network(fileUpload(upload -> upload)),
            () -> network(privateHub("hub-a").defineFileUpload(openStorage(), "uploads").withKeyBasedAuthentication()
                .attach())));
  }

  private static IotNetworkSpec network(IotHubStages.WithOptions hub) {
    return networkWith(hub.build()).build();
  }

  private static IotHubStages.WithOptions freeHub() {
    return IotHub.define("hub-a").withSku(IotHubSku.F1, 1)
        .definePrivateEndpoint("pe-hub-a").inSubnet(Fixtures.existingSubnet()).attach();
  }

  private static IotHubStages.WithOptions bothIdentities(IotHubStages.WithOptions hub) {
    return hub.withSystemAssignedIdentity().withUserAssignedIdentity(UserAssignedIdentity.define("id-hub-a"));
  }

  private static StorageAccountSpec storage() {
    return StorageAccount.define("stiotdata").build();
  }

  private static StorageAccountSpec openStorage() {
    return StorageAccount.define("stiotdata").withFirewall(FirewallMode.ALL_NETWORKS).build();
  }

  /** A restricted namespace with an IP rule, so the deny takes effect. */
  private static EventHubsNamespaceSpec eventHubs() {
    return EventHubsNamespace.define("evhns-contoso").withFirewallIpRule("203.0.113.0/24").build();
  }

  private static EventHubsNamespaceSpec openEventHubs() {
    return EventHubsNamespace.define("evhns-contoso").withFirewall(FirewallMode.ALL_NETWORKS).build();
  }

  private static EgressTargetStages.Existing<EventHubsNamespaceSpec> existingEventHubs() {
    return EventHubsNamespace.existing(SUB + "Microsoft.EventHub/namespaces/evhns-existing",
        com.azure.resourcemanager.eventhubs.models.SkuName.STANDARD);
  }

  private static ServiceBusNamespaceSpec serviceBus() {
    return ServiceBusNamespace.define("sb-contoso-iot").withFirewallIpRule("203.0.113.0/24").build();
  }

  private static IotHubStages.WithOptions withOrdersEndpoint(IotHubStages.WithOptions hub) {
    return hub.withSystemAssignedIdentity().defineRoutingEndpoint("orders").toStorageContainer(storage(), "orders")
        .attach();
  }

  private static IotHubStages.WithOptions endpointNamed(IotHubStages.WithOptions hub, String name) {
    return hub.withSystemAssignedIdentity().defineRoutingEndpoint(name).toStorageContainer(storage(), "orders")
        .attach();
  }

  private static IotHubStages.WithOptions storageEndpoint(IotHubStages.WithOptions hub,
      UnaryOperator<IotHubStages.StorageEndpointOptions> options) {
    return options.apply(hub.withSystemAssignedIdentity().defineRoutingEndpoint("orders")
        .toStorageContainer(storage(), "orders")).attach();
  }

  private static IotHubStages.WithOptions storageEndpoint(IotHubStages.WithOptions hub, StorageAccountSpec storage) {
    return hub.withSystemAssignedIdentity().defineRoutingEndpoint("orders").toStorageContainer(storage, "orders")
        .attach();
  }

  private static IotHubStages.WithOptions eventHubTo(EventHubsNamespaceSpec namespace) {
    return privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
        .toEventHub(namespace, "orders").attach();
  }

  private static IotHubStages.WithOptions queueTo(ServiceBusNamespaceSpec namespace) {
    return privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
        .toServiceBusQueue(namespace, "orders").attach();
  }

  private static IotHubStages.WithOptions fileUpload(UnaryOperator<IotHubStages.FileUpload> options) {
    return options.apply(privateHub("hub-a").withSystemAssignedIdentity().defineFileUpload(storage(), "uploads"))
        .attach();
  }

  private static IotHubStages.WithOptions endpoints(IotHubStages.WithOptions hub, int count) {
    hub.withSystemAssignedIdentity();
    IntStream.range(0, count).forEach(i -> hub.defineRoutingEndpoint("endpoint-" + i)
        .toStorageContainer(storage(), "container-" + i).attach());
    return hub;
  }

  private static IotHubStages.WithOptions routes(IotHubStages.WithOptions hub, int count) {
    IntStream.range(0, count).forEach(i -> hub.defineRoute("route-" + i).from(RoutingSource.DEVICE_MESSAGES)
        .toBuiltInEndpoint().attach());
    return hub;
  }
}
