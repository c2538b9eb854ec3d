package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.EventHubsSku;
import io.iotnetwork.dsl.Firewall;
import io.iotnetwork.dsl.HubIdentity;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.ServiceBusSku;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.StorageSku;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A definition with Storage, Event Hubs and Service Bus targets reads with imports from io.iotnetwork.dsl and the
 * SDK's models only, and existing targets and identities named by {@code (resourceGroup, name)} live in the
 * deployment's subscription: the templates name their groups without a subscription id.
 */
class ExistingByGroupTest {

  static IotNetworkSpec network() {
    var archive = StorageAccount.define("stcontosoarchive").withSku(StorageSku.STANDARD_ZRS).build();
    var data = StorageAccount.existing("rg-contoso-data", "stcontosodata").build();
    var eventing = EventHubsNamespace.existing("rg-contoso-eventing", "evhns-contoso-twins", EventHubsSku.STANDARD)
        .build();
    var orders = ServiceBusNamespace.existing("rg-contoso-messaging", "sbns-contoso-orders", ServiceBusSku.PREMIUM)
        .withFirewall(Firewall.ALL_NETWORKS)
        .build();
    return IotNetwork.define("by-group")
        .inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("contoso-group-hub")
            .withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-contoso-group-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .attach()
            .withSystemAssignedIdentity()
            .withUserAssignedIdentity(UserAssignedIdentity.existing("rg-contoso-identities", "id-contoso-hub"))
            .defineRoutingEndpoint("archive").toStorageContainer(archive, "telemetry")
                .withIdentity(HubIdentity.SYSTEM_ASSIGNED).attach()
            .defineRoutingEndpoint("twins").toEventHub(eventing, "twin-changes")
                .withIdentity(HubIdentity.SYSTEM_ASSIGNED).attach()
            .defineRoutingEndpoint("orders").toServiceBusQueue(orders, "orders")
                .withIdentity(HubIdentity.USER_ASSIGNED).attach()
            .defineRoute("telemetry").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("archive").attach()
            .defineRoute("twins").from(RoutingSource.TWIN_CHANGE_EVENTS).toEndpoint("twins").attach()
            .defineRoute("lifecycle").from(RoutingSource.DEVICE_LIFECYCLE_EVENTS).toEndpoint("orders").attach()
            .withImportExportStorage(data, "registry", HubIdentity.SYSTEM_ASSIGNED)
            .build())
        .withPrivateDns(PrivateDns.newZones())
        .build();
  }

  @Test
  void existingTargetsAndIdentitiesByGroupAndNameLiveInTheDeploymentsSubscription() {
    GenerationResult result = Generator.generate(network());
    Map<String, String> files = new TreeMap<>();
    result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render())).files()
        .forEach((name, bytes) -> files.put(name, new String(bytes, StandardCharsets.UTF_8)));

    assertThat(result.diagnostics().hasErrors()).as(result.diagnostics().render()).isFalse();
    String bicep = String.join("\n", files.entrySet().stream()
        .filter(file -> file.getKey().endsWith(".bicep")).map(Map.Entry::getValue).toList());
    assertThat(bicep)
        .contains("scope: resourceGroup('rg-contoso-eventing')")
        .contains("scope: resourceGroup('rg-contoso-messaging')")
        .contains("scope: resourceGroup('rg-contoso-identities')")
        .contains("scope: resourceGroup('rg-contoso-data')")
        .doesNotContain("subscriptionId");
    String arm = files.get("azuredeploy.json");
    assertThat(arm)
        .contains("resourceId('rg-contoso-identities', 'Microsoft.ManagedIdentity/userAssignedIdentities', "
            + "'id-contoso-hub')")
        .contains("\"resourceGroup\": \"rg-contoso-eventing\"")
        .doesNotContain("subscriptionId")
        .doesNotContain("/subscriptions/");
  }
}
