package io.iotnetwork.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.eventhubs.models.SkuName;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import io.iotnetwork.dsl.EgressTargetStages;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code withExistingGrant()}: a role the hub already holds on an existing target is not written again. */
class ExistingGrantTest {
  private static final String NAMESPACE = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/"
      + "rg-contoso-eventing/providers/Microsoft.EventHub/namespaces/evhns-contoso-twins";

  private static String template(UnaryOperator<EgressTargetStages.Existing<EventHubsNamespaceSpec>> target) {
    EventHubsNamespaceSpec eventing = target.apply(EventHubsNamespace.existing(NAMESPACE, SkuName.STANDARD)).build();
    IotNetworkSpec spec = IotNetwork.define("existing-grant")
        .inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("contoso-granted-hub")
            .withSku(IotHubSku.S1, 1)
            .withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
            .withSystemAssignedIdentity()
            .defineRoutingEndpoint("twin-changes").toEventHub(eventing, "twin-changes").attach()
            .defineRoute("twins").from(RoutingSource.TWIN_CHANGE_EVENTS).toEndpoint("twin-changes").attach()
            .build())
        .build();
    GenerationResult result = Generator.generate(spec);
    return result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()))
        .text(GeneratedFiles.ARM_TEMPLATE);
  }

  @Test
  void anExistingGrantWritesNoRoleAssignment() {
    String template = template(target -> target.withExistingGrant());

    assertThat(template).doesNotContain("Microsoft.Authorization/roleAssignments")
        .as("the firewall is another matter: stated trusted-services-only, it is still set")
        .contains("Microsoft.EventHub/namespaces/networkRuleSets")
        .contains("\"name\": \"twin-changes\"");
  }

  @Test
  void anAdoptedTargetOpenToAllNetworksIsLeftAlone() {
    String template = template(target -> target.withFirewall(FirewallMode.ALL_NETWORKS).withExistingGrant());

    assertThat(template).doesNotContain("Microsoft.Authorization/roleAssignments")
        .doesNotContain("Microsoft.EventHub/namespaces/networkRuleSets");
  }

  @Test
  void withoutItTheRoleAssignmentIsWritten() {
    assertThat(template(UnaryOperator.identity())).contains("Microsoft.Authorization/roleAssignments");
  }
}
