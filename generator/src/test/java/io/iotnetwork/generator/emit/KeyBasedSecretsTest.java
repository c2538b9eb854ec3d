package io.iotnetwork.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.dsl.EventHubsNamespace;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.IotHubSpec;
import org.junit.jupiter.api.Test;

/**
 * Key-based authentication is an explicit opt-in, and then the connection string is a secure
 * parameter without default: never a literal, never in a parameters file, never an output; a module
 * receives it in its secure {@code secrets} object.
 */
class KeyBasedSecretsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void singlePassConnectionStringIsASecureParameterWithoutDefault() throws Exception {
    GeneratedFiles files = generate(Fixtures.privateHub("hub-keys")
        .defineRoutingEndpoint("orders").toEventHub(EventHubsNamespace.define("evhns-orders-01")
            .withFirewall(FirewallMode.ALL_NETWORKS).build(), "orders").withKeyBasedAuthentication().attach());
    JsonNode template = JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
    String parameter = "iotHubHubKeysOrdersConnectionString";

    assertThat(template.at("/parameters/" + parameter + "/type").asText()).isEqualTo("securestring");
    assertThat(template.at("/parameters/" + parameter).has("defaultValue")).isFalse();
    assertThat(files.text(GeneratedFiles.ARM_PARAMETERS)).doesNotContain(parameter);
    assertThat(files.text(GeneratedFiles.BICEP_PARAMETERS)).doesNotContain(parameter);
    assertThat(template.path("outputs").toString()).doesNotContain("ConnectionString");
    assertThat(files.text(GeneratedFiles.BICEP)).contains("@secure()\n@description(").contains("param " + parameter
        + " string\n");
    assertThat(template.toString()).contains("\"connectionString\":\"[parameters('" + parameter + "')]\"");
  }

  @Test
  void twoStepModuleReceivesTheConnectionStringInItsSecureObject() throws Exception {
    GeneratedFiles files = generate(Fixtures.privateHub("hub-keys").withSystemAssignedIdentity()
        .withImportExportStorage(StorageAccount.define("stkeysjobs").build(), "jobs")
        .defineFileUpload(StorageAccount.define("stkeysuploads").withFirewall(FirewallMode.ALL_NETWORKS).build(),
            "uploads").withKeyBasedAuthentication().attach()
        .defineRoutingEndpoint("archive").toStorageContainer(StorageAccount.define("stkeysarchive").build(), "raw")
        .attach());
    JsonNode template = JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
    JsonNode module = template.path("resources").findParents("expressionEvaluationOptions").get(0);

    assertThat(module.at("/parameters/secrets/value/iotHubHubKeysFileUploadConnectionString").asText())
        .isEqualTo("[parameters('iotHubHubKeysFileUploadConnectionString')]");
    assertThat(module.at("/template/parameters/secrets/type").asText()).isEqualTo("secureObject");
    assertThat(module.at("/template/resources/0/properties/storageEndpoints/$default/connectionString").asText())
        .isEqualTo("[parameters('secrets').iotHubHubKeysFileUploadConnectionString]");
    assertThat(files.text("modules/iot-hub-hub-keys-egress.bicep")).contains("@secure()\n@description(")
        .contains("param secrets object");
  }

  @Test
  void aHubGroupReceivesTheConnectionStringInItsSecureObjectNeverAsAPlainInput() throws Exception {
    IotHubSpec hub = Fixtures.privateHub("hub-keys")
        .defineRoutingEndpoint("orders").toEventHub(EventHubsNamespace.define("evhns-orders-01")
            .withFirewall(FirewallMode.ALL_NETWORKS).build(), "orders").withKeyBasedAuthentication().attach().build();
    JsonNode template = ArmWriter.template(Planner.planSharded(Fixtures.networkWith(hub).build(), 1));
    JsonNode group = template.path("resources").findParents("expressionEvaluationOptions").get(0);
    String parameter = "iotHubHubKeysOrdersConnectionString";

    assertThat(group.at("/parameters/inputs").toString()).doesNotContain(parameter);
    assertThat(group.at("/parameters/secrets/value/" + parameter).asText())
        .isEqualTo("[parameters('" + parameter + "')]");
    assertThat(group.at("/template/parameters/secrets/type").asText()).isEqualTo("secureObject");
  }

  private static GeneratedFiles generate(IotHubStages.WithOptions hub) {
    GenerationResult result = Generator.generate(Fixtures.networkWith(hub.build()).build());
    assertThat(result.diagnostics().all()).extracting(Diagnostic::ruleId).contains("key-based-authentication");
    return result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
  }
}
