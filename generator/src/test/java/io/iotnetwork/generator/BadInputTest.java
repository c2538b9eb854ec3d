package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.DeviceSite;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
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

  private static final int NAME_LINE = 64;

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
            .withMinTlsVersion("1.0")
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
}
