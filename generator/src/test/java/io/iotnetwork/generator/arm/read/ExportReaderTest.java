package io.iotnetwork.generator.arm.read;

import static io.iotnetwork.generator.arm.read.Exports.fixture;
import static io.iotnetwork.generator.arm.read.Exports.onlyHub;
import static io.iotnetwork.generator.arm.read.Exports.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the three export dialects into one normalized form, on fixtures written from Microsoft's shapes. */
class ExportReaderTest {

  @Test
  void anAzCliShowAndAnArmGetOfOneHubNormalizeToTheSameResource() {
    ExportReadResult cli = read("az-cli/contoso-legacy-hub.json");
    ExportReadResult get = read("arm-get/contoso-legacy-hub.json");

    assertThat(cli.dialect()).isEqualTo(ExportDialect.AZ_CLI);
    assertThat(get.dialect()).isEqualTo(ExportDialect.ARM_RESOURCE);
    assertThat(onlyHub(cli).body()).isEqualTo(onlyHub(get).body());
    assertThat(onlyHub(cli).key()).isEqualTo(onlyHub(get).key());
    assertThat(onlyHub(cli).scope().resourceGroup()).contains("rg-contoso-iot");
  }

  @Test
  void readOnlyPropertiesAndTheEnvelopeAreStripped() {
    JsonNode body = onlyHub(read("arm-get/contoso-legacy-hub.json")).body();

    for (String readOnly : List.of("/id", "/name", "/type", "/etag", "/systemData", "/sku/tier", "/identity/principalId",
        "/identity/tenantId", "/properties/state", "/properties/provisioningState", "/properties/hostName",
        "/properties/locations", "/properties/eventHubEndpoints/events/partitionIds",
        "/properties/eventHubEndpoints/events/path", "/properties/eventHubEndpoints/events/endpoint")) {
      assertThat(body.at(readOnly).isMissingNode()).as(readOnly).isTrue();
    }
    assertThat(body.at("/properties/eventHubEndpoints/events/partitionCount").asInt()).isEqualTo(4);
    assertThat(body.at("/identity/type").asText()).isEqualTo("SystemAssigned");
    assertThat(body.at("/properties/ipFilterRules/0/filterName").asText()).isEqualTo("operations");
    assertThat(body.at("/properties/disableDeviceSAS").asBoolean()).isTrue();
  }

  @Test
  void azureDefaultsAndThePlaceholderStorageEndpointAreDropped() {
    JsonNode body = onlyHub(read("arm-get/contoso-legacy-hub.json")).body();

    assertThat(body.at("/properties/features").isMissingNode()).isTrue();
    assertThat(body.at("/properties/disableLocalAuth").isMissingNode()).isTrue();
    assertThat(body.at("/properties/enableFileUploadNotifications").isMissingNode()).isTrue();
    assertThat(body.at("/properties/storageEndpoints").isMissingNode()).isTrue();
    assertThat(body.at("/properties/routing/endpoints").isMissingNode()).isTrue();
    assertThat(body.at("/properties/routing/fallbackRoute/condition").isMissingNode()).isTrue();
    assertThat(body.at("/properties/routing/fallbackRoute/isEnabled").asBoolean())
        .as("an enabled fallback route is state, not a default: without it the fallback route is disabled")
        .isTrue();
  }

  @Test
  void pythonTimedeltasBecomeIso8601() {
    JsonNode body = onlyHub(read("az-cli/tuned-hub.json")).body();

    assertThat(body.at("/properties/cloudToDevice/feedback/lockDurationAsIso8601").asText()).isEqualTo("PT35S");
    assertThat(body.at("/properties/cloudToDevice/feedback/ttlAsIso8601").asText()).isEqualTo("PT29H");
    assertThat(body.at("/properties/cloudToDevice/defaultTtlAsIso8601").asText()).isEqualTo("PT23H");
    assertThat(body.at("/properties/messagingEndpoints/fileNotifications/ttlAsIso8601").asText()).isEqualTo("PT20H");
    assertThat(body.at("/properties/storageEndpoints/$default/sasTtlAsIso8601").asText()).isEqualTo("PT2H");
    assertThat(body.at("/properties/cloudToDevice/maxDeliveryCount").asInt()).isEqualTo(89);
    assertThat(body.at("/properties/disableModuleSAS").asBoolean()).isTrue();
  }

  @Test
  void connectionStringKeysNeverReachTheBodyButTheirEndpointsAreKept() {
    ExportedResource hub = onlyHub(read("az-cli/tuned-hub.json"));

    assertThat(hub.body().toString()).doesNotContain("AccountKey").doesNotContain("RkFLRS1");
    assertThat(hub.secrets()).extracting(ExportedSecret::path).containsExactly(
        "/properties/routing/endpoints/storageContainers/0/connectionString",
        "/properties/storageEndpoints/$default/connectionString");
    assertThat(hub.secrets()).allSatisfy(secret -> {
      assertThat(secret.origin()).isEqualTo(ExportedSecret.Origin.CONNECTION_STRING);
      assertThat(secret.withoutKeys())
          .contains("DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;AccountName=stcontosolab");
    });
    assertThat(hub.body().at("/properties/storageEndpoints/$default/containerName").asText()).isEqualTo("uploads");
  }

  @Test
  void aUserAssignedIdentityKeepsItsEntryWithoutTheReadOnlyIds() {
    JsonNode identities = onlyHub(read("az-cli/tuned-hub.json")).body().at("/identity/userAssignedIdentities");

    assertThat(identities.size()).isEqualTo(1);
    assertThat(identities.elements().next().isEmpty()).isTrue();
  }

  @Test
  void aPortalExportResolvesItsParametersAndRecognizesItsPlaceholders() {
    ExportReadResult result = read("template/portal-export.json");
    ExportedResource hub = onlyHub(result);

    assertThat(result.ok()).as(result.problems().toString()).isTrue();
    assertThat(result.dialect()).isEqualTo(ExportDialect.ARM_TEMPLATE);
    assertThat(hub.name()).isEqualTo("contoso-portal-hub");
    assertThat(hub.apiVersion()).contains("2021-07-01");
    assertThat(hub.body().at("/location").asText()).isEqualTo("westus");
    assertThat(hub.body().at("/properties/storageEndpoints").isMissingNode())
        .as("the SecureString connectionString/containerName pair of a hub without file upload is a placeholder")
        .isTrue();
    assertThat(hub.secrets()).isEmpty();
    assertThat(hub.body().at("/identity").isMissingNode()).as("identity None is no identity").isTrue();
    assertThat(hub.body().at("/sku/tier").isMissingNode()).isTrue();
  }

  @Test
  void aGroupExportTakesItsValuesFromTheParametersFileAndKeepsMaskedKeysOut() {
    ExportReadResult result = ExportReader.read(fixture("template/group-export.json"),
        Optional.of(fixture("template/group-export.parameters.json")), ResourceScope.DEPLOYMENT);
    ExportedResource hub = onlyHub(result);

    assertThat(result.ok()).as(result.problems().toString()).isTrue();
    assertThat(hub.name()).isEqualTo("contoso-routed-hub");
    assertThat(hub.body().toString()).doesNotContain("****").doesNotContain("SharedAccessKey=");
    assertThat(hub.secrets()).singleElement().satisfies(secret -> {
      assertThat(secret.path()).isEqualTo("/properties/routing/endpoints/serviceBusQueues/0/connectionString");
      assertThat(secret.origin()).isEqualTo(ExportedSecret.Origin.MASKED);
      assertThat(secret.withoutKeys()).contains("Endpoint=sb://sbns-contoso-alerts.servicebus.windows.net:5671/"
          + ";SharedAccessKeyName=iothubroutes_contoso-routed-hub;EntityPath=device-alerts");
    });
    assertThat(hub.body().at("/properties/routing/routes/0/condition").asText()).isEqualTo("$body.level = 'alert'");
    assertThat(result.resources()).extracting(ExportedResource::type, ExportedResource::name).contains(
        org.assertj.core.groups.Tuple.tuple("Microsoft.ServiceBus/namespaces/queues", "sbns-contoso-alerts/device-alerts"));
    ExportedResource namespace = resource(result, "Microsoft.ServiceBus/namespaces");
    assertThat(namespace.body().at("/location").asText()).isEqualTo("westeurope");
  }

  @Test
  void idsStayExpressionsUntilTheDeploymentScopeIsKnown() {
    ExportReadResult unscoped = ExportReader.read(fixture("template/group-export.json"),
        Optional.of(fixture("template/group-export.parameters.json")), ResourceScope.DEPLOYMENT);
    ExportReadResult scoped = ExportReader.read(fixture("template/group-export.json"),
        Optional.of(fixture("template/group-export.parameters.json")),
        new ResourceScope(Optional.of("11111111-2222-3333-4444-555555555555"), Optional.of("rg-contoso-iot")));
    String link = "/properties/privateLinkServiceConnections/0/properties/privateLinkServiceId";

    assertThat(resource(unscoped, "Microsoft.Network/privateEndpoints").body().at(link).asText())
        .isEqualTo("[resourceId('Microsoft.Devices/IotHubs', 'contoso-routed-hub')]");
    assertThat(resource(scoped, "Microsoft.Network/privateEndpoints").body().at(link).asText())
        .isEqualTo("/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-contoso-iot"
            + "/providers/Microsoft.Devices/IotHubs/contoso-routed-hub");
    assertThat(resource(unscoped, "Microsoft.Network/privateEndpoints").body().at("/properties/subnet/id").asText())
        .isEqualTo("/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-contoso-network"
            + "/providers/Microsoft.Network/virtualNetworks/vnet-contoso-iot/subnets/snet-private-endpoints");
  }

  @Test
  void ourOwnTwoStepTemplateReadsAsTheHubsFinalState() {
    ExportReadResult result = ExportReader.read(Exports.golden("trusted-egress", "azuredeploy.json"),
        Optional.of(Exports.golden("trusted-egress", "azuredeploy.parameters.json")), ResourceScope.DEPLOYMENT);

    assertThat(result.ok()).as(result.problems().toString()).isTrue();
    ExportedResource hub = onlyHub(result);
    assertThat(hub.name()).isEqualTo("contoso-egress-hub");
    assertThat(hub.body().at("/properties/routing/endpoints/storageContainers/0/name").asText())
        .as("the second deployment's full hub replaces the first step's")
        .isEqualTo("telemetry-archive");
    assertThat(result.resources()).noneMatch(resource -> resource.isA("Microsoft.Resources/deployments"));
    assertThat(resource(result, "Microsoft.EventHub/namespaces/networkRuleSets").scope().resourceGroup())
        .contains("rg-contoso-eventing");
  }

  @Test
  void everyBadInputIsOneProblemNamingTheFileAndThePath() {
    assertProblem(read("bad/not-json.txt"), "not-json.txt", "$", "is not a JSON document");
    assertProblem(read("bad/unknown-api-version.json"), "unknown-api-version.json", "$.resources[0].apiVersion",
        "apiVersion '2099-01-01'");
    assertProblem(read("bad/parameter-without-value.json"), "parameter-without-value.json",
        "$.parameters.IotHubs_contoso_portal_hub_name", "has no value");
    assertProblem(ExportReader.read(fixture("bad/no-hub.json").resolveSibling("absent.json"), Optional.empty(),
        ResourceScope.DEPLOYMENT), "absent.json", "$", "cannot be read");
    assertProblem(ExportReader.read(fixture("template/group-export.json"), Optional.of(fixture("bad/not-json.txt")),
        ResourceScope.DEPLOYMENT), "not-json.txt", "$.parameters", "is not a readable ARM parameters file");
    ExportReadResult noHub = read("bad/no-hub.json");
    assertThat(noHub.ok()).isTrue();
    assertThat(noHub.hub(Optional.empty()).problem()).hasValueSatisfying(problem ->
        assertThat(problem.message()).contains("holds no Microsoft.Devices/IotHubs resource"));
  }

  @Test
  void twoHubsNeedANameToChooseOne() {
    ExportReadResult result = read("bad/two-hubs.json");

    assertThat(result.hub(Optional.empty()).problem()).hasValueSatisfying(problem -> assertThat(problem.message())
        .contains("2 hubs").contains("contoso-legacy-hub").contains("contoso-second-hub"));
    assertThat(result.hub(Optional.of("CONTOSO-SECOND-HUB")).hub()).isPresent();
    assertThat(result.hub(Optional.of("contoso-third-hub")).problem()).hasValueSatisfying(problem ->
        assertThat(problem.message()).contains("no hub named 'contoso-third-hub'"));
  }

  private static void assertProblem(ExportReadResult result, String file, String path, String message) {
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo(file);
      assertThat(problem.jsonPath()).isEqualTo(path);
      assertThat(problem.message()).contains(message);
    });
  }

  private static ExportedResource resource(ExportReadResult result, String type) {
    return result.resources().stream().filter(resource -> resource.isA(type)).findFirst().orElseThrow();
  }
}
