package com.contoso.iot;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.azure.resourcemanager.iothub.models.RoutingStorageContainerPropertiesEncoding;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.EventHubsSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;

/**
 * The article's egress scenario: a private hub whose system-assigned identity reaches customer
 * resources behind their own firewalls through the trusted Microsoft services exception. Telemetry
 * is archived to a storage container the template creates, twin changes go to an existing Event
 * Hubs namespace in another resource group, device lifecycle events to a Service Bus Premium queue;
 * devices upload files to the same account, and import/export jobs may use it too.
 */
public final class TrustedEgressNetwork implements NetworkDefinition {
  private static final String OPERATIONS_NETWORK = "198.51.100.0/24";

  @Override
  public IotNetworkSpec network() {
    StorageAccountSpec telemetryStore = StorageAccount.define("stcontosotelemetry").build();
    EventHubsNamespaceSpec eventing = EventHubsNamespace.existing("rg-contoso-eventing", "evhns-contoso-twins",
            EventHubsSku.STANDARD)
        .withFirewallIpRule(OPERATIONS_NETWORK)
        .build();
    ServiceBusNamespaceSpec lifecycle = ServiceBusNamespace.define("sbns-contoso-lifecycle")
        .withFirewallIpRule(OPERATIONS_NETWORK)
        .build();

    return IotNetwork.define("trusted-egress")
        .inRegion(Region.EUROPE_WEST)
        .withTag("workload", "telemetry")
        .withIotHub(IotHub.define("contoso-egress-hub")
            .withSku(IotHubSku.S1, 1)
            .withoutPublicNetworkAccess()
            .definePrivateEndpoint("pe-contoso-egress-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .attach()
            .withSystemAssignedIdentity()
            .defineRoutingEndpoint("telemetry-archive")
                .toStorageContainer(telemetryStore, "telemetry")
                .withBatchFrequencyInSeconds(120)
                .withEncoding(RoutingStorageContainerPropertiesEncoding.JSON)
                .attach()
            .defineRoutingEndpoint("twin-changes").toEventHub(eventing, "twin-changes").attach()
            .defineRoutingEndpoint("device-lifecycle").toServiceBusQueue(lifecycle, "device-lifecycle").attach()
            .defineRoute("telemetry-to-archive").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("telemetry-archive")
                .attach()
            .defineRoute("telemetry-to-built-in").from(RoutingSource.DEVICE_MESSAGES).toBuiltInEndpoint().attach()
            .defineRoute("twin-changes-to-eventing").from(RoutingSource.TWIN_CHANGE_EVENTS).toEndpoint("twin-changes")
                .attach()
            .defineRoute("lifecycle-to-queue").from(RoutingSource.DEVICE_LIFECYCLE_EVENTS)
                .toEndpoint("device-lifecycle").attach()
            .defineFileUpload(telemetryStore, "device-uploads").withNotifications().attach()
            .withImportExportStorage(telemetryStore, "device-registry")
            .build())
        .build();
  }
}
