package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.networkWith;
import static io.iotnetwork.generator.Fixtures.privateHub;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.model.StorageAccountSpec;
import org.junit.jupiter.api.Test;

/** What the validator says about one hub, depending on what the definition wrote and on other rules' findings. */
class HubDiagnosticsTest {

  @Test
  void hubUnreachableSaysTheDefaultOnlyWhenTheDefinitionKeptIt() {
    assertThat(unreachableMessage(hub())).startsWith("Public network access is Disabled (the default) and ");
    assertThat(unreachableMessage(hub().withoutPublicNetworkAccess()))
        .startsWith("Public network access is Disabled and ").doesNotContain("default");
    assertThat(unreachableMessage(hub().withPublicNetworkAccess(PublicNetworkAccess.DISABLED)))
        .startsWith("Public network access is Disabled and ").doesNotContain("default");
  }

  @Test
  void aHubWithAnErrorGetsNoDeploymentPathNoteWhileAValidHubKeepsItsNote() {
    StorageAccountSpec storage = StorageAccount.define("stcontosoorders").build();
    Diagnostics diagnostics = Validator.standard().validate(networkWith(
        privateHub("hub-a").defineRoutingEndpoint("orders").toStorageContainer(storage, "orders").attach().build(),
        privateHub("hub-b").withSystemAssignedIdentity().defineRoutingEndpoint("orders")
            .toStorageContainer(storage, "orders").attach().build()).build());

    assertThat(diagnostics.ofSeverity(Severity.ERROR)).extracting(Diagnostic::path)
        .contains("iotHub[hub-a].routing.endpoints[orders]").allMatch(path -> path.startsWith("iotHub[hub-a]."));
    assertThat(diagnostics.all()).filteredOn(d -> d.ruleId().equals("deployment-path")).extracting(Diagnostic::path)
        .containsExactly("iotHub[hub-b].egress");
  }

  private static IotHubStages.WithOptions hub() {
    return IotHub.define("hub-a").withSku(IotHubSku.S1, 1);
  }

  private static String unreachableMessage(IotHubStages.WithOptions hub) {
    return Validator.standard().validate(networkWith(hub.build()).build()).all().stream()
        .filter(d -> d.ruleId().equals("hub-unreachable") && d.path().equals("iotHub[hub-a]"))
        .findFirst().orElseThrow().message();
  }
}
