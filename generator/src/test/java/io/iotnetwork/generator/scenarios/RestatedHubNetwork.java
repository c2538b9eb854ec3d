package io.iotnetwork.generator.scenarios;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.Capabilities;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.time.Duration;

/**
 * An adopted hub restated in full: cloud-to-device and feedback settings, enrichments, comments, features,
 * data residency, a non-default fallback route, file upload notifications, the TLS 1.0 it was created with, two
 * user-assigned identities, Cosmos DB SQL container endpoints (one in another resource group) with a route to one, and
 * consumer groups of the built-in endpoint.
 */
public final class RestatedHubNetwork implements NetworkDefinition {

  @Override
  public IotNetworkSpec network() {
    StorageAccountSpec archive = StorageAccount.define("stcontosorestated").withFirewall(FirewallMode.ALL_NETWORKS)
        .build();
    return IotNetwork.define("restated-hub")
        .inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("contoso-restated-hub")
            .withSku(IotHubSku.S1, 2)
            .withMinTlsVersion("1.0")
            .definePrivateEndpoint("pe-contoso-restated-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .attach()
            .withUserAssignedIdentity(UserAssignedIdentity.define("id-contoso-restated"))
            .withUserAssignedIdentity(UserAssignedIdentity.existing("/subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/rg-contoso-identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                + "id-contoso-portal"))
            .defineRoutingEndpoint("archive").toStorageContainer(archive, "telemetry").attach()
            .defineRoutingEndpoint("telemetry-store")
                .toCosmosDbSqlContainer("https://cosmos-contoso-restated.documents.azure.com:443/", "iot", "telemetry")
                .withPartitionKey("deviceKey", "{deviceid}-{YYYY}-{MM}")
                .attach()
            .defineRoutingEndpoint("legacy-store")
                .toCosmosDbSqlContainer("https://cosmos-contoso-legacy.documents.azure.com:443/", "iot", "legacy")
                .inResourceGroup("00000000-0000-0000-0000-000000000000", "rg-contoso-legacy")
                .attach()
            .defineRoute("all-to-archive").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("archive").attach()
            .defineRoute("alerts-to-store").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("telemetry-store")
                .withCondition("$body.alert = true").attach()
            .defineFallbackRoute("fallback-debug").toBuiltInEndpoint()
                .withCondition("$body.level = 'debug'")
                .disabled()
                .attach()
            .withConsumerGroup("stream-analytics")
            .withConsumerGroup("alerts.reader")
            .defineEnrichment("site", "$twin.tags.site").toEndpoints("archive", "events").attach()
            .defineEnrichment("hub", "$iothubname").toEndpoints("events").attach()
            .defineCloudToDevice(25, Duration.ofHours(2))
                .withFeedback(Duration.ofSeconds(30), Duration.ofHours(3), 15)
                .attach()
            .withComments("adopted from the portal")
            .withFeatures(Capabilities.DEVICE_MANAGEMENT)
            .withDataResidency(true)
            .defineFileUpload(archive, "uploads")
                .withNotifications(Duration.ofMinutes(2), Duration.ofHours(4), 20)
                .attach()
            .build())
        .build();
  }
}
