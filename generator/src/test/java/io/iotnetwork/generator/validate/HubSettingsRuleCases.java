package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.networkWith;
import static io.iotnetwork.generator.Fixtures.privateHub;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IotNetworkSpec;
import java.time.Duration;
import java.util.List;

/** Rule cases of the hub properties written only when stated: TLS below 1.2, cloud-to-device, enrichments. */
final class HubSettingsRuleCases {
  private static final String C2D = "iotHub[hub-a].cloudToDevice";

  private HubSettingsRuleCases() {}

  static List<RuleCase> all() {
    return List.of(
        // min-tls-version-weaker
        new RuleCase("TLS 1.0 restated", "min-tls-version-weaker", Severity.WARNING, "iotHub[hub-a].minTlsVersion",
            () -> network(privateHub("hub-a").withMinTlsVersion("1.0")),
            () -> network(privateHub("hub-a").withMinTlsVersion("1.2"))),
        new RuleCase("TLS 1.1 restated", "min-tls-version-weaker", Severity.WARNING, "iotHub[hub-a].minTlsVersion",
            () -> network(privateHub("hub-a").withMinTlsVersion("1.1")),
            () -> network(privateHub("hub-a"))),

        // cloud-to-device-settings
        new RuleCase("101 cloud-to-device deliveries", "cloud-to-device-settings", Severity.ERROR, C2D,
            () -> network(privateHub("hub-a").defineCloudToDevice(101, Duration.ofHours(1)).attach()),
            () -> network(privateHub("hub-a").defineCloudToDevice(100, Duration.ofHours(1)).attach())),
        new RuleCase("0 cloud-to-device deliveries", "cloud-to-device-settings", Severity.ERROR, C2D,
            () -> network(privateHub("hub-a").defineCloudToDevice(0, Duration.ofHours(1)).attach()),
            () -> network(privateHub("hub-a").defineCloudToDevice(1, Duration.ofHours(1)).attach())),
        new RuleCase("zero cloud-to-device time to live", "cloud-to-device-settings", Severity.ERROR, C2D,
            () -> network(privateHub("hub-a").defineCloudToDevice(10, Duration.ZERO).attach()),
            () -> network(privateHub("hub-a").defineCloudToDevice(10, Duration.ofMinutes(1)).attach())),
        new RuleCase("101 feedback deliveries", "cloud-to-device-settings", Severity.ERROR, C2D + ".feedback",
            () -> network(privateHub("hub-a").defineCloudToDevice(10, Duration.ofHours(1))
                .withFeedback(Duration.ofSeconds(5), Duration.ofHours(1), 101).attach()),
            () -> network(privateHub("hub-a").defineCloudToDevice(10, Duration.ofHours(1))
                .withFeedback(Duration.ofSeconds(5), Duration.ofHours(1), 100).attach())),
        new RuleCase("negative feedback lock", "cloud-to-device-settings", Severity.ERROR, C2D + ".feedback",
            () -> network(privateHub("hub-a").defineCloudToDevice(10, Duration.ofHours(1))
                .withFeedback(Duration.ofSeconds(-5), Duration.ofHours(1), 10).attach()),
            () -> network(privateHub("hub-a").defineCloudToDevice(10, Duration.ofHours(1))
                .withFeedback(Duration.ofSeconds(5), Duration.ofHours(1), 10).attach())),

        // enrichment-limit
        new RuleCase("11 enrichments", "enrichment-limit", Severity.ERROR, "iotHub[hub-a].routing.enrichments",
            () -> network(enrichments(privateHub("hub-a"), 11)),
            () -> network(enrichments(privateHub("hub-a"), 10))),
        new RuleCase("3 enrichments on F1", "enrichment-limit", Severity.ERROR, "iotHub[hub-a].routing.enrichments",
            () -> network(enrichments(freeHub(), 3)),
            () -> network(enrichments(freeHub(), 2))),
        new RuleCase("blank enrichment value", "enrichment-limit", Severity.ERROR,
            "iotHub[hub-a].routing.enrichments[site]",
            () -> network(privateHub("hub-a").defineEnrichment("site", " ").toEndpoints("events").attach()),
            () -> network(privateHub("hub-a").defineEnrichment("site", "$twin.tags.site").toEndpoints("events")
                .attach())),

        // enrichment-unknown-endpoint
        new RuleCase("enrichment to an unknown endpoint", "enrichment-unknown-endpoint", Severity.ERROR,
            "iotHub[hub-a].routing.enrichments[site]",
            () -> network(archiveHub().defineEnrichment("site", "$twin.tags.site").toEndpoints("events", "Archive")
                .attach()),
            () -> network(archiveHub().defineEnrichment("site", "$twin.tags.site").toEndpoints("events", "archive")
                .attach())));
  }

  private static IotNetworkSpec network(IotHubStages.WithOptions hub) {
    return networkWith(hub.build()).build();
  }

  private static IotHubStages.WithOptions freeHub() {
    return IotHub.define("hub-a").withSku(IotHubSku.F1, 1)
        .definePrivateEndpoint("pe-hub-a").inSubnet(Fixtures.existingSubnet()).attach();
  }

  private static IotHubStages.WithOptions archiveHub() {
    return privateHub("hub-a").withSystemAssignedIdentity().defineRoutingEndpoint("archive")
        .toStorageContainer(StorageAccount.define("stiotdata").withFirewall(FirewallMode.ALL_NETWORKS).build(),
            "telemetry")
        .attach();
  }

  private static IotHubStages.WithOptions enrichments(IotHubStages.WithOptions hub, int count) {
    for (int i = 0; i < count; i++) {
      hub = hub.defineEnrichment("key" + i, "value" + i).toEndpoints("events").attach();
    }
    return hub;
  }
}
