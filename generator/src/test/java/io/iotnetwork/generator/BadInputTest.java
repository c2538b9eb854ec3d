package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.dsl.DeviceSite;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.ServiceBusNamespace;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A definition with many mistakes gets every one reported at once, and no files. */
class BadInputTest {

  @Test
  void everyMistakeIsReportedAtOnceAndNothingIsGenerated() {
    GenerationResult result = Generator.generate(definitionWithTwelveMistakes());

    assertThat(result.succeeded()).isFalse();
    assertThat(result.files()).isEmpty();
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR))
        .extracting(Diagnostic::ruleId)
        .contains("iot-hub-name", "iot-hub-sku-capacity", "built-in-endpoint", "min-tls-version", "hub-unreachable",
            "ip-filter-address", "ip-filter-rule-name", "declared-subnet", "subnet-outside-address-space",
            "address-prefix-overlap", "private-endpoint-in-gateway-subnet", "existing-resource-id",
            "private-endpoint-static-ip");
    assertThat(result.diagnostics().ofSeverity(Severity.WARNING))
        .extracting(Diagnostic::ruleId)
        .contains("built-in-endpoint-public", "wide-area-devices-private-hub");
  }

  @Test
  void diagnosticsPointAtTheDeclaringSourceLine() {
    GenerationResult result = Generator.generate(definitionWithTwelveMistakes());

    assertThat(result.diagnostics().all())
        .filteredOn(d -> d.ruleId().equals("iot-hub-name"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.source().fileName()).isEqualTo("BadInputTest.java");
          assertThat(d.source().lineNumber()).isEqualTo(NAME_LINE);
          assertThat(d.render()).contains("(BadInputTest.java:" + NAME_LINE + ")");
        });
  }

  private static final int NAME_LINE = 70;

  private static IotNetworkSpec definitionWithTwelveMistakes() {
    VirtualNetworkSpec network = VirtualNetwork.define("vnet-bad")
        .withAddressSpace("10.0.0.0/16")
        .withSubnet("snet-a", "10.0.1.0/24")
        .withSubnet("snet-b", "10.0.1.0/25")
        .withSubnet("snet-far", "10.9.0.0/24")
        .build();
    return IotNetwork.define("bad").inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("-bad-name-")
            .withSku(IotHubSku.S3, 20)
            .withBuiltInEventHubEndpoint(64, 0)
            .withMinTlsVersion("1.3")
            .withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
            .defineIpFilter(DefaultAction.DENY).allow("nat 1", "300.1.2.3/24").attach()
            .definePrivateEndpoint("pe-missing").inSubnet(network.subnet("snet-missing")).attach()
            .definePrivateEndpoint("pe-gw").inSubnet(Subnet.existing("rg", "vnet-hub", "GatewaySubnet")).attach()
            .definePrivateEndpoint("pe-id").inSubnet(Subnet.existing("/subscriptions/x/resourceGroups/rg")).attach()
            .definePrivateEndpoint("pe-ip").inSubnet(network.subnet("snet-a")).withStaticPrivateIpAddress("10.0.5.5")
                .attach()
            .build())
        .withIotHub(IotHub.define("private-nowhere").withSku(IotHubSku.S1, 1).build())
        .withDeviceSite(DeviceSite.wideAreaNetwork("field"))
        .build();
  }

  @Test
  void everyEgressMistakeIsReportedAtOnceAndNothingIsGenerated() {
    GenerationResult result = Generator.generate(egressDefinitionWithMistakes());

    assertThat(result.succeeded()).isFalse();
    assertThat(result.files()).isEmpty();
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR))
        .extracting(Diagnostic::ruleId)
        .contains("egress-needs-identity", "trusted-services-needs-identity-auth", "route-unknown-endpoint",
            "routing-endpoint-name", "route-name", "storage-endpoint-settings", "service-bus-trusted-services-tier",
            "event-hubs-firewall-tier", "target-firewall-ip-rule", "egress-target-id", "egress-target-name",
            "egress-target-conflict", "file-upload-settings");
    assertThat(result.diagnostics().ofSeverity(Severity.WARNING))
        .extracting(Diagnostic::ruleId)
        .contains("key-based-authentication", "namespace-deny-without-rules", "existing-storage-firewall",
            "restrict-outbound-without-built-in-fqdn");
  }

  private static IotNetworkSpec egressDefinitionWithMistakes() {
    StorageAccountSpec storage = StorageAccount.define("St_Data").withFirewallIpRule("10.0.0.0/33").build();
    return IotNetwork.define("bad-egress").inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("hub-egress").withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-egress").inSubnet(Fixtures.existingSubnet()).attach()
            .withRestrictedOutboundNetworkAccess()
            .defineRoutingEndpoint("").toStorageContainer(storage, "Bad--Container").withBatchFrequencyInSeconds(0)
                .attach()
            .defineRoutingEndpoint("queue").toServiceBusQueue(ServiceBusNamespace.existing("not-an-id",
                com.azure.resourcemanager.servicebus.models.SkuName.BASIC).build(), "orders")
                .withKeyBasedAuthentication().attach()
            .defineRoutingEndpoint("hub").toEventHub(EventHubsNamespace.define("e")
                .withSku(com.azure.resourcemanager.eventhubs.models.SkuName.BASIC).build(), "").attach()
            .defineRoute("").from(RoutingSource.DEVICE_MESSAGES).toEndpoint("missing").attach()
            .defineFileUpload(StorageAccount.define("St_Data").build(), "uploads")
                .withNotifications(Duration.ZERO, Duration.ofSeconds(-1), 0).attach()
            .withImportExportStorage(StorageAccount.existing("/subscriptions/x/resourceGroups/rg").build(), "")
            .build())
        .build();
  }
}
