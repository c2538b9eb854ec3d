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
 * data residency, a non-default fallback route, file upload notifications and the TLS 1.0 it was created with.
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
            .defineRoutingEndpoint("archive").toStorageContainer(archive, "telemetry").attach()
            .defineRoute("all-to-archive").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("archive").attach()
            .withFallbackRouteCondition("$body.level = 'debug'")
            .withFallbackRouteDisabled()
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
