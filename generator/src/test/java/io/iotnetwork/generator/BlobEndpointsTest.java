package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the hub names a storage account by URL or host (an identity-based endpoint's
 * {@code endpointUri}, file upload's {@code connectionString}, the outbound {@code allowedFqdnList}),
 * both printers write one expression on {@code environment().suffixes.storage}, never a
 * {@code core.windows.net} literal.
 */
class BlobEndpointsTest {
  private static final String ARM_ENDPOINT =
      "[format('https://{0}.blob.{1}/', 'stcontosotelemetry', environment().suffixes.storage)]";
  private static final String BICEP_ENDPOINT =
      "format('https://{0}.blob.{1}/', 'stcontosotelemetry', environment().suffixes.storage)";

  @Test
  void theStorageEndpointAndFileUploadOfTrustedEgressAreExpressions() throws Exception {
    GeneratedFiles files = Scenarios.files("trusted-egress");
    JsonNode template = new ObjectMapper().readTree(files.text(GeneratedFiles.ARM_TEMPLATE));

    List<JsonNode> storageEndpoints = template.findValues("storageContainers");
    assertThat(storageEndpoints).isNotEmpty().allSatisfy(endpoints -> assertThat(endpoints.findValuesAsText("endpointUri"))
        .containsExactly(ARM_ENDPOINT));
    List<JsonNode> fileUploads = template.findValues("storageEndpoints");
    assertThat(fileUploads).isNotEmpty().allSatisfy(upload -> assertThat(upload.at("/$default/connectionString").asText())
        .isEqualTo(ARM_ENDPOINT));
    String module = files.text("modules/iot-hub-contoso-egress-hub-egress.bicep");
    assertThat(module).contains("endpointUri: " + BICEP_ENDPOINT, "connectionString: " + BICEP_ENDPOINT);
  }

  @Test
  void anOutboundRestrictionAllowsTheBlobHostAsAnExpressionAndOnlyOnce() throws Exception {
    StorageAccountSpec archive = StorageAccount.define("stcontosoarchive").build();
    GeneratedFiles files = Generator.generate(Fixtures.networkWith(Fixtures.privateHub("hub-test")
            .withSystemAssignedIdentity()
            .defineRoutingEndpoint("archive").toStorageContainer(archive, "telemetry").attach()
            .withRestrictedOutboundNetworkAccess("stcontosoarchive.blob.core.windows.net", "ops.contoso.example")
            .build()).build())
        .files().orElseThrow();
    JsonNode template = new ObjectMapper().readTree(files.text(GeneratedFiles.ARM_TEMPLATE));

    assertThat(template.findValues("allowedFqdnList")).isNotEmpty().allSatisfy(list -> assertThat(list)
        .extracting(JsonNode::asText)
        .containsExactly("[format('{0}.blob.{1}', 'stcontosoarchive', environment().suffixes.storage)]",
            "ops.contoso.example"));
    assertThat(files.text(GeneratedFiles.BICEP)).contains(
        "format('{0}.blob.{1}', 'stcontosoarchive', environment().suffixes.storage)");
  }
}
