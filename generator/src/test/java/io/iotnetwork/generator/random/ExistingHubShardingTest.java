package io.iotnetwork.generator.random;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import org.junit.jupiter.api.Test;

/**
 * Existing hubs beside hubs the template deploys, in one template and sharded one hub per group: the same
 * checks as random definitions get, and still no IotHubs resource for the existing ones.
 */
class ExistingHubShardingTest {
  private static final String OTHER_HUB = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups"
      + "/rg-portal/providers/Microsoft.Devices/IotHubs/contoso-portal-hub-2";

  private static IotNetworkSpec mixed() {
    StorageAccountSpec archive = StorageAccount.define("stcontosoarchive").build();
    var subnet = Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints");
    return IotNetwork.define("mixed-hubs").inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("contoso-new-hub").withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-new-hub").inSubnet(subnet).attach()
            .withSystemAssignedIdentity()
            .defineRoutingEndpoint("archive").toStorageContainer(archive, "telemetry").attach()
            .build())
        .withIotHub(IotHub.existing("rg-contoso-iot", "contoso-portal-hub-1")
            .definePrivateEndpoint("pe-portal-hub-1").inSubnet(subnet).attach()
            .withExistingSystemAssignedIdentity()
            .grantAccess().toStorageContainer(archive, "telemetry").attach()
            .build())
        .withIotHub(IotHub.existing(OTHER_HUB)
            .definePrivateEndpoint("pe-portal-hub-2").inSubnet(subnet).attach()
            .build())
        .build();
  }

  @Test
  void shardsCleanlyWithExistingHubs() {
    OutputChecks.shardsCleanly(mixed(), 1);
  }

  @Test
  void onlyTheDefinedHubIsDeployedWhenSharded() {
    ObjectNode template = ArmWriter.template(Planner.planSharded(mixed(), 1));

    assertThat(template.toString()).contains("\"name\":\"[parameters('inputs').iotHubContosoNewHubName]\"")
        .doesNotContain("\"name\":\"contoso-portal-hub-1\"", "\"name\":\"contoso-portal-hub-2\"");
    assertThat(template.findValuesAsText("type")).filteredOn("Microsoft.Devices/IotHubs"::equals).hasSize(2);
  }

  @Test
  void oneTemplateHoldsOnlyTheDefinedHub() {
    ObjectNode template = ArmWriter.template(Planner.plan(mixed()));

    assertThat(template.findValuesAsText("type")).filteredOn("Microsoft.Devices/IotHubs"::equals).hasSize(2);
    OutputChecks.dependenciesResolveWithoutCycles(Planner.plan(mixed()));
  }
}
