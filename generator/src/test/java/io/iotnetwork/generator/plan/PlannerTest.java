package io.iotnetwork.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.PrivateDns;
import io.iotnetwork.dsl.VirtualNetwork;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerTest {

  static List<IotNetworkSpec> plans() {
    VirtualNetworkSpec declared = VirtualNetwork.define("vnet-iot").withAddressSpace("10.0.0.0/16")
        .withSubnet("snet-pe", "10.0.1.0/24").build();
    VirtualNetworkSpec dns = VirtualNetwork.define("vnet-dns").withAddressSpace("10.1.0.0/16")
        .withSubnet("snet-dns", "10.1.0.0/24").build();
    IotNetworkSpec declaredNetwork = Fixtures.networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-a").inSubnet(declared.subnet("snet-pe")).attach().build())
        .withPrivateDns(PrivateDns.newZonesLinkedTo(dns)).build();
    return List.of(Scenarios.spec("isolated-hub"), Scenarios.spec("on-prem-factory"), declaredNetwork);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void everyDependencyIsPlannedAndThereIsNoCycle(IotNetworkSpec spec) {
    Plan plan = Planner.plan(spec);
    Set<Deployable> planned = new HashSet<>(plan.resources());
    planned.addAll(plan.modules());

    for (Deployable deployable : planned) {
      assertThat(Dependencies.of(deployable)).as(deployable.symbolicName()).allMatch(planned::contains)
          .doesNotContain(deployable)
          .noneMatch(dependency -> dependency instanceof PlannedResource resource && resource.existing());
    }
    assertThat(planned).allSatisfy(deployable -> assertThat(reaches(deployable, deployable, new HashSet<>()))
        .as("cycle through " + deployable.symbolicName()).isFalse());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void resourcesAreSortedByKindThenSymbolicName(IotNetworkSpec spec) {
    List<PlannedResource> resources = Planner.plan(spec).resources();

    for (int i = 1; i < resources.size(); i++) {
      int previousKind = ResourceType.DEPLOYMENT_ORDER.indexOf(resources.get(i - 1).type());
      int kind = ResourceType.DEPLOYMENT_ORDER.indexOf(resources.get(i).type());
      assertThat(kind).isGreaterThanOrEqualTo(previousKind);
      if (kind == previousKind) {
        assertThat(resources.get(i).symbolicName()).isGreaterThan(resources.get(i - 1).symbolicName());
      }
    }
  }

  @Test
  void privateEndpointDependsOnItsHubAndZoneGroupOnBothZonesAndTheEndpoint() {
    Plan plan = Planner.plan(Scenarios.spec("isolated-hub"));

    assertThat(Dependencies.of(plan.resource("privateEndpointPeContosoIsolatedHub")))
        .containsExactly(plan.resource("iotHubContosoIsolatedHub"));
    assertThat(Dependencies.of(plan.resource("privateDnsZoneGroupPeContosoIsolatedHub")))
        .containsExactly(plan.resource("privateDnsZoneIotHub"), plan.resource("privateDnsZoneServiceBus"),
            plan.resource("privateEndpointPeContosoIsolatedHub"));
  }

  @Test
  void newZonesAreNotCreatedWithoutAnyPrivateEndpoint() {
    IotNetworkSpec publicOnly = Fixtures.networkWith(IotHub.define("hub-a").withSku(IotHubSku.S1, 1)
        .withPublicNetworkAccess(PublicNetworkAccess.ENABLED).build())
        .withPrivateDns(PrivateDns.newZonesLinkedTo(VirtualNetwork.existing("rg-net", "vnet-iot"))).build();

    Plan plan = Planner.plan(publicOnly);

    assertThat(plan.resources()).extracting(r -> r.type().type())
        .containsExactly(ResourceType.IOT_HUB.type());
  }

  @Test
  void existingNetworksAreReferencedByIdNeverDependedOn() {
    Plan plan = Planner.plan(Scenarios.spec("on-prem-factory"));

    assertThat(plan.resources()).extracting(r -> r.type().type())
        .doesNotContain(ResourceType.VIRTUAL_NETWORK.type());
    assertThat(Dependencies.of(plan.resource("virtualNetworkLinkIotHubVnetFactoryLink")))
        .containsExactly(plan.resource("privateDnsZoneIotHub"));
  }

  @Test
  void declaredNetworkIsPlannedOnceAndEndpointAndLinksDependOnIt() {
    Plan plan = Planner.plan(plans().get(2));

    assertThat(plan.resources()).filteredOn(r -> r.type().equals(ResourceType.VIRTUAL_NETWORK))
        .extracting(PlannedResource::symbolicName).containsExactly("virtualNetworkVnetDns", "virtualNetworkVnetIot");
    assertThat(Dependencies.of(plan.resource("privateEndpointPeA")))
        .contains(plan.resource("virtualNetworkVnetIot"), plan.resource("iotHubHubA"));
    assertThat(plan.resources()).filteredOn(r -> r.type().equals(ResourceType.VIRTUAL_NETWORK_LINK)).hasSize(4);
  }

  private static boolean reaches(Deployable from, Deployable target, Set<Deployable> seen) {
    for (Deployable next : Dependencies.of(from)) {
      if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
        return true;
      }
    }
    return false;
  }
}
