package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.eventhubs.models.SkuName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An existing hub ({@code IotHub.existing(..)}) is referenced and never deployed: no IotHubs resource in any
 * template, its private endpoints link to its id where it lives, nothing depends on it, and egress grants read
 * its existing identity.
 */
class ExistingHubTest {
  private static final String OTHER_SUBSCRIPTION = "11111111-1111-1111-1111-111111111111";
  private static final String HUB_ID = "/subscriptions/" + OTHER_SUBSCRIPTION + "/resourceGroups/rg-portal"
      + "/providers/Microsoft.Devices/IotHubs/contoso-portal-hub";
  private static final String IDENTITY_ID = "/subscriptions/" + OTHER_SUBSCRIPTION + "/resourceGroups/rg-identities"
      + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-contoso-hub";
  private static final String EVENTING_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups"
      + "/rg-contoso-eventing/providers/Microsoft.EventHub/namespaces/evhns-contoso-twins";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The variants, by name: where the hub is, and which identity its grants use. */
  static Map<String, IotNetworkSpec> variants() {
    return Map.of(
        "same-subscription", Scenarios.spec("existing-hub"),
        "other-subscription-system-assigned", network(IotHub.existing(HUB_ID)
            .inRegion(Region.EUROPE_NORTH)
            .definePrivateEndpoint("pe-portal-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .withStaticPrivateIpAddress("10.1.2.10")
                .withCustomNetworkInterfaceName("nic-pe-portal-hub")
                .attach()
            .withExistingSystemAssignedIdentity()
            .grantAccess().toStorageContainer(StorageAccount.define("stcontosoarchive").build(), "telemetry").attach()
            .build()),
        "other-subscription-user-assigned", network(IotHub.existing(HUB_ID)
            .definePrivateEndpoint("pe-portal-hub")
                .inSubnet(Subnet.existing("rg-contoso-network", "vnet-contoso-iot", "snet-private-endpoints"))
                .attach()
            .withExistingUserAssignedIdentity(UserAssignedIdentity.existing(IDENTITY_ID))
            .grantAccess().toEventHub(EventHubsNamespace.existing(EVENTING_ID, SkuName.STANDARD)
                .withFirewall(FirewallMode.ALL_NETWORKS).build(), "twin-changes")
                .withIdentity(IdentityKind.USER_ASSIGNED).attach()
            .build()));
  }

  static List<String> variantNames() {
    return variants().keySet().stream().sorted().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variantNames")
  void noTemplateDeploysTheHubAndNothingDependsOnIt(String variant) throws IOException {
    List<JsonNode> resources = allResources(arm(variant));

    assertThat(resources).extracting(resource -> resource.path("type").asText())
        .doesNotContain("Microsoft.Devices/IotHubs")
        .contains("Microsoft.Network/privateEndpoints", "Microsoft.Authorization/roleAssignments");
    assertThat(resources).flatExtracting(resource -> texts(resource.path("dependsOn")))
        .noneMatch(dependency -> dependency.contains("Microsoft.Devices/IotHubs"));
  }

  @Test
  void privateEndpointLinksToTheHubInItsOwnSubscriptionAndGroup() throws IOException {
    JsonNode endpoint = resource(arm("other-subscription-system-assigned"), "Microsoft.Network/privateEndpoints");

    assertThat(endpoint.at("/properties/privateLinkServiceConnections/0/properties/privateLinkServiceId").asText())
        .isEqualTo("[resourceId('" + OTHER_SUBSCRIPTION + "', 'rg-portal', 'Microsoft.Devices/IotHubs', "
            + "'contoso-portal-hub')]");
    assertThat(endpoint.at("/properties/ipConfigurations/0/properties/privateIPAddress").asText()).isEqualTo("10.1.2.10");
    assertThat(endpoint.at("/properties/customNetworkInterfaceName").asText()).isEqualTo("nic-pe-portal-hub");
    assertThat(endpoint.path("location").asText()).isEqualTo("northeurope");
    assertThat(endpoint.has("dependsOn")).isFalse();
  }

  @Test
  void hubInTheDeploymentsSubscriptionIsNamedByItsGroupOnly() throws IOException {
    JsonNode template = arm("same-subscription");
    JsonNode endpoint = resource(template, "Microsoft.Network/privateEndpoints");

    assertThat(endpoint.at("/properties/privateLinkServiceConnections/0/properties/privateLinkServiceId").asText())
        .isEqualTo("[resourceId('rg-contoso-iot', 'Microsoft.Devices/IotHubs', 'contoso-portal-hub')]");
    assertThat(template.at("/outputs/iotHubContosoPortalHubResourceId/value").asText())
        .isEqualTo("[resourceId('rg-contoso-iot', 'Microsoft.Devices/IotHubs', 'contoso-portal-hub')]");
    assertThat(template.path("outputs").size()).isEqualTo(1);
    assertThat(template.path("parameters").has("iotHubContosoPortalHubName")).isFalse();
    assertThat(bicep("same-subscription")).contains("resource iotHubContosoPortalHub "
        + "'Microsoft.Devices/IotHubs@2023-06-30' existing = {\n  name: 'contoso-portal-hub'\n"
        + "  scope: resourceGroup('rg-contoso-iot')\n}");
  }

  @Test
  void systemAssignedGrantReadsTheExistingHubsPrincipalId() throws IOException {
    JsonNode assignment = resource(arm("other-subscription-system-assigned"), "Microsoft.Authorization/roleAssignments");

    assertThat(assignment.at("/properties/principalId").asText()).isEqualTo("[reference(resourceId('"
        + OTHER_SUBSCRIPTION + "', 'rg-portal', 'Microsoft.Devices/IotHubs', 'contoso-portal-hub'), '2023-06-30', "
        + "'full').identity.principalId]");
    assertThat(assignment.at("/properties/roleDefinitionId").asText()).contains("ba92f5b4-2d11-453d-a403-e96b0029c9fe");
    assertThat(texts(assignment.path("dependsOn"))).noneMatch(dependency -> dependency.contains("IotHubs"));
    assertThat(bicep("other-subscription-system-assigned"))
        .contains("scope: resourceGroup('" + OTHER_SUBSCRIPTION + "', 'rg-portal')")
        .contains("principalId: iotHubContosoPortalHub.identity.principalId");
  }

  @Test
  void userAssignedGrantReadsTheExistingIdentitysPrincipalId() throws IOException {
    JsonNode access = resource(arm("other-subscription-user-assigned"), "Microsoft.Resources/deployments");
    JsonNode inputs = access.at("/properties/parameters/inputs/value");

    assertThat(texts(inputs)).contains("[reference(resourceId('" + OTHER_SUBSCRIPTION + "', 'rg-identities', "
        + "'Microsoft.ManagedIdentity/userAssignedIdentities', 'id-contoso-hub'), '2023-01-31', "
        + "'full').properties.principalId]");
    assertThat(access.path("resourceGroup").asText()).isEqualTo("rg-contoso-eventing");
    assertThat(resource(access.at("/properties/template"), "Microsoft.Authorization/roleAssignments")
        .at("/properties/roleDefinitionId").asText()).contains("2b629674-e913-4c01-ae53-ef4638d8f975");
  }

  @Test
  void reportSaysTheHubIsNotManaged() {
    GeneratedFiles files = Scenarios.files("existing-hub");

    assertThat(files.text(GeneratedFiles.REPORT_MARKDOWN))
        .contains("| Public endpoint | existing: not managed by this template |")
        .contains("IoT hub contoso-portal-hub (existing)");
  }

  @Test
  void rulesAboutADeployedHubStayQuiet() {
    IotNetworkSpec spec = network(IotHub.existing("rg-contoso-iot", "contoso-portal-hub").build());

    List<String> findings = Generator.generate(spec).diagnostics().all().stream().map(Diagnostic::ruleId).toList();

    assertThat(findings).doesNotContain("hub-unreachable", "existing-hub-setting", "deployment-path");
  }

  @Test
  void bothIndependentCheckersAcceptEveryVariant() throws Exception {
    Path shared = SharedCheckers.assumeSharedDir("ExistingHubTest");
    Path out = Path.of("target", "existing-hub-variants");
    OutputFolder.deleteRecursively(out);
    List<Path> templates = new ArrayList<>();
    for (String variant : variantNames()) {
      OutputFolder.replace(out.resolve(variant), files(variant));
      templates.add(out.resolve(variant).resolve(GeneratedFiles.ARM_TEMPLATE));
    }

    SharedCheckers.Run arm = SharedCheckers.armValidate(shared, templates);
    SharedCheckers.Run bicep = SharedCheckers.bicepSyntax(shared, out);

    assertThat(arm.passed()).as(arm.output()).isTrue();
    assertThat(arm.output()).contains(templates.size() + " valid, 0 invalid");
    assertThat(bicep.passed()).as(bicep.output()).isTrue();
    assertThat(bicep.output()).contains("0 with syntax errors");
  }

  private static IotNetworkSpec network(IotHubSpec hub) {
    return IotNetwork.define("existing-hub-variant").inRegion(Region.EUROPE_WEST).withIotHub(hub).build();
  }

  private static GeneratedFiles files(String variant) {
    GenerationResult result = Generator.generate(variants().get(variant));
    return result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
  }

  private static JsonNode arm(String variant) throws IOException {
    return JSON.readTree(files(variant).text(GeneratedFiles.ARM_TEMPLATE));
  }

  private static String bicep(String variant) {
    return files(variant).text(GeneratedFiles.BICEP);
  }

  /** Every resource of {@code template}, nested deployments' templates included. */
  private static List<JsonNode> allResources(JsonNode template) {
    List<JsonNode> found = new ArrayList<>();
    template.path("resources").forEach(resource -> {
      found.add(resource);
      found.addAll(allResources(resource.at("/properties/template")));
    });
    return found;
  }

  private static JsonNode resource(JsonNode template, String type) {
    List<JsonNode> found = new ArrayList<>();
    template.path("resources").forEach(resource -> {
      if (resource.path("type").asText().equals(type)) {
        found.add(resource);
      }
    });
    assertThat(found).as("resources of type %s", type).hasSize(1);
    return found.get(0);
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    node.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
