package io.iotnetwork.generator.scenarios;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.azure.resourcemanager.servicebus.models.SkuName;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.NewUserAssignedIdentity;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.time.Duration;

/**
 * The single-pass variant: a user-assigned identity the template creates, and targets whose
 * firewalls are open, so identity, role assignments and the complete hub deploy in one pass.
 */
public final class UserAssignedEgressNetwork implements NetworkDefinition {

  @Override
  public IotNetworkSpec network() {
    NewUserAssignedIdentity identity = UserAssignedIdentity.define("id-contoso-egress");
    StorageAccountSpec archive = StorageAccount.define("stcontosoarchive").withFirewall(FirewallMode.ALL_NETWORKS)
        .build();
    EventHubsNamespaceSpec analytics = EventHubsNamespace.define("evhns-contoso-analytics")
        .withFirewall(FirewallMode.ALL_NETWORKS).build();
    ServiceBusNamespaceSpec alerts = ServiceBusNamespace.existing("/subscriptions/11111111-1111-1111-1111-111111111111"
            + "/resourceGroups/rg-contoso-alerts/providers/Microsoft.ServiceBus/namespaces/sbns-contoso-alerts",
            SkuName.STANDARD)
        .withFirewall(FirewallMode.ALL_NETWORKS).build();
    return IotNetwork.define("user-assigned-egress")
        .inRegion(Region.EUROPE_NORTH)
        .withIotHub(IotHub.define("contoso-uai-hub")
            .withSku(IotHubSku.S2, 3)
            .withoutPublicNetworkAccess()
            .definePrivateEndpoint("pe-contoso-uai-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .attach()
            .withUserAssignedIdentity(identity)
            .defineRoutingEndpoint("archive").toStorageContainer(archive, "telemetry").attach()
            .defineRoutingEndpoint("analytics").toEventHub(analytics, "telemetry-stream").attach()
            .defineRoutingEndpoint("alerts").toServiceBusTopic(alerts, "device-alerts").attach()
            .defineRoute("all-to-archive").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("archive").attach()
            .defineRoute("hot-path").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("analytics")
                .withCondition("$body.temperature > 60").attach()
            .defineRoute("connection-alerts").from(RoutingSource.DEVICE_CONNECTION_STATE_EVENTS).toEndpoint("alerts")
                .attach()
            .defineFileUpload(archive, "uploads").withSasTtl(Duration.ofMinutes(30)).attach()
            .build())
        .build();
  }
}
