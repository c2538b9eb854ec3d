package io.iotnetwork.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.SharedCheckers;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.validate.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas of the egress resources (storage, Event Hubs, Service Bus, identities, role
 * assignments, nested deployments): a realistic document of each passes, and each shape the
 * generator must never write is an {@code internal-schema-violation} at the right JSON pointer.
 * The valid documents are one template, {@code egress-schemas/template.json}, which Microsoft's
 * schemas (the shared {@code arm-validate}) accept too.
 */
class EgressSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEMPLATE = "egress-schemas/template.json";
  private static final String AT = GeneratedFiles.ARM_TEMPLATE + "#/resources/0";

  private static final String STORAGE = "Microsoft.Storage/storageAccounts";
  private static final String BLOB_SERVICE = STORAGE + "/blobServices";
  private static final String CONTAINER = BLOB_SERVICE + "/containers";
  private static final String EVENT_HUBS = "Microsoft.EventHub/namespaces";
  private static final String EVENT_HUB = EVENT_HUBS + "/eventhubs";
  private static final String EVENT_HUBS_FIREWALL = EVENT_HUBS + "/networkRuleSets";
  private static final String SERVICE_BUS = "Microsoft.ServiceBus/namespaces";
  private static final String QUEUE = SERVICE_BUS + "/queues";
  private static final String TOPIC = SERVICE_BUS + "/topics";
  private static final String SERVICE_BUS_FIREWALL = SERVICE_BUS + "/networkRuleSets";
  private static final String ROLE_ASSIGNMENT = "Microsoft.Authorization/roleAssignments";
  private static final String IDENTITY = "Microsoft.ManagedIdentity/userAssignedIdentities";
  private static final String DEPLOYMENT = "Microsoft.Resources/deployments";

  @Test
  void theTemplateHoldsOneDocumentOfEachEgressType() {
    assertThat(resources().map(resource -> resource.path("type").asText()))
        .containsExactlyInAnyOrder(STORAGE, BLOB_SERVICE, CONTAINER, EVENT_HUBS, EVENT_HUB, EVENT_HUBS_FIREWALL,
            SERVICE_BUS, QUEUE, TOPIC, SERVICE_BUS_FIREWALL, ROLE_ASSIGNMENT, IDENTITY, DEPLOYMENT);
  }

  @Test
  void theWholeTemplatePasses() {
    assertThat(check(template())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void eachDocumentPassesAlone(String type) {
    assertThat(check(wrap(resource(type)))).isEmpty();
  }

  @Test
  void aNestedDeploymentMayPassAnExpressionAsAParameterValue() {
    ObjectNode deployment = resource(DEPLOYMENT);
    ((ObjectNode) deployment.at("/properties/parameters")).putObject("hubId")
        .put("value", "[resourceId('Microsoft.Devices/IotHubs', 'hub-prod')]");

    assertThat(check(wrap(deployment))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void aBrokenDocumentIsAnInternalError(String why, String type, String parent, String field, String json,
      String expectedPath) throws IOException {
    ObjectNode resource = resource(type);
    ObjectNode target = parent.isEmpty() ? resource : (ObjectNode) resource.at(parent);
    if (json == null) {
      target.remove(field);
    } else {
      target.set(field, JSON.readTree(json));
    }

    assertThat(check(wrap(resource)))
        .extracting(Diagnostic::ruleId, Diagnostic::path)
        .contains(tuple(ArmSchemaCheck.RULE_ID, AT + expectedPath));
  }

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken("storage name with capitals", STORAGE, "", "name", "\"StIotProd\"", "/name"),
        broken("storage bypass None", STORAGE, "/properties/networkAcls", "bypass", "\"None\"",
            "/properties/networkAcls/bypass"),
        broken("storage defaultAction typo", STORAGE, "/properties/networkAcls", "defaultAction", "\"Denied\"",
            "/properties/networkAcls/defaultAction"),
        broken("storage IP rule with ipMask", STORAGE, "/properties/networkAcls", "ipRules",
            "[{\"ipMask\": \"203.0.113.0/24\", \"action\": \"Allow\"}]", "/properties/networkAcls/ipRules/0"),
        broken("storage blob public access", STORAGE, "/properties", "allowBlobPublicAccess", "true",
            "/properties/allowBlobPublicAccess"),
        broken("storage without TLS 1.2", STORAGE, "/properties", "minimumTlsVersion", null, "/properties"),
        broken("blob service with properties", BLOB_SERVICE, "", "properties", "{}", ""),
        broken("blob service not named default", BLOB_SERVICE, "", "name", "\"stiotprodegress/blobs\"", "/name"),
        broken("container public to blobs", CONTAINER, "/properties", "publicAccess", "\"Blob\"",
            "/properties/publicAccess"),
        broken("container name with a double hyphen", CONTAINER, "", "name", "\"stiotprodegress/default/a--b\"",
            "/name"),
        broken("Event Hubs TLS 1.0", EVENT_HUBS, "/properties", "minimumTlsVersion", "\"1.0\"",
            "/properties/minimumTlsVersion"),
        broken("Event Hubs name too short", EVENT_HUBS, "", "name", "\"evh-1\"", "/name"),
        broken("Event Hubs capacity 0", EVENT_HUBS, "/sku", "capacity", "0", "/sku/capacity"),
        broken("event hub with 64 partitions", EVENT_HUB, "/properties", "partitionCount", "64",
            "/properties/partitionCount"),
        broken("event hub kept 8 days", EVENT_HUB, "/properties", "messageRetentionInDays", "8",
            "/properties/messageRetentionInDays"),
        broken("Event Hubs Deny without trusted services", EVENT_HUBS_FIREWALL, "/properties",
            "trustedServiceAccessEnabled", "false", "/properties/trustedServiceAccessEnabled"),
        broken("Event Hubs rule set not named default", EVENT_HUBS_FIREWALL, "", "name", "\"evhns-iot-prod/rules\"",
            "/name"),
        broken("Event Hubs SecuredByPerimeter", EVENT_HUBS_FIREWALL, "/properties", "publicNetworkAccess",
            "\"SecuredByPerimeter\"", "/properties/publicNetworkAccess"),
        broken("Service Bus TLS 1.1", SERVICE_BUS, "/properties", "minimumTlsVersion", "\"1.1\"",
            "/properties/minimumTlsVersion"),
        broken("Service Bus without local auth stated", SERVICE_BUS, "/properties", "disableLocalAuth", null,
            "/properties"),
        broken("queue with settings", QUEUE, "/properties", "maxDeliveryCount", "10", "/properties"),
        broken("topic name without namespace", TOPIC, "", "name", "\"alerts\"", "/name"),
        broken("Service Bus Deny without trusted services", SERVICE_BUS_FIREWALL, "/properties",
            "trustedServiceAccessEnabled", "false", "/properties/trustedServiceAccessEnabled"),
        broken("Service Bus IP rule that denies", SERVICE_BUS_FIREWALL, "/properties", "ipRules",
            "[{\"ipMask\": \"203.0.113.0/24\", \"action\": \"Deny\"}]", "/properties/ipRules/0/action"),
        broken("role for a user", ROLE_ASSIGNMENT, "/properties", "principalType", "\"User\"",
            "/properties/principalType"),
        broken("role Contributor", ROLE_ASSIGNMENT, "/properties", "roleDefinitionId",
            "\"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', "
                + "'b24988ac-6180-42a0-ab88-20f7382dd24c')]\"",
            "/properties/roleDefinitionId"),
        broken("role assignment with a literal name", ROLE_ASSIGNMENT, "", "name",
            "\"0b6c3b0e-6f7d-4c7b-9b8e-2a1d5c3e4f50\"", "/name"),
        broken("role assignment scope not a resource id", ROLE_ASSIGNMENT, "", "scope", "\"stiotprodegress\"",
            "/scope"),
        broken("identity with properties", IDENTITY, "", "properties", "{}", ""),
        broken("deployment mode Complete", DEPLOYMENT, "/properties", "mode", "\"Complete\"", "/properties/mode"),
        broken("deployment in outer scope", DEPLOYMENT, "/properties/expressionEvaluationOptions", "scope",
            "\"Outer\"", "/properties/expressionEvaluationOptions/scope"),
        broken("deployment parameter without value", DEPLOYMENT, "/properties/parameters", "identity", "{}",
            "/properties/parameters/identity"),
        broken("nested role for a group", DEPLOYMENT, "/properties/template/resources/0/properties",
            "principalType", "\"Group\"", "/properties/template/resources/0/properties/principalType"));
  }

  @Test
  void microsoftsSchemasAcceptTheTemplate() throws Exception {
    Optional<Path> shared = SharedCheckers.sharedDir();
    if (shared.isEmpty()) {
      System.out.println("SKIPPED EgressSchemasTest.microsoftsSchemasAcceptTheTemplate: ../shared is not beside "
          + "this checkout; arm-validate did not run.");
    }
    Assumptions.assumeTrue(shared.isPresent(), "../shared not found: arm-validate skipped");
    Path file = Path.of("target", "egress-schemas", "template.json");
    Files.createDirectories(file.getParent());
    Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(template()));

    SharedCheckers.Run run = SharedCheckers.armValidate(shared.get(), List.of(file));

    assertThat(run.passed()).as(run.output()).isTrue();
    assertThat(run.output()).contains("1 valid, 0 invalid");
  }

  private static Arguments broken(String why, String type, String parent, String field, String json,
      String expectedPath) {
    return Arguments.of(why, type, parent, field, json, expectedPath);
  }

  static Stream<String> types() {
    return resources().map(resource -> resource.path("type").asText());
  }

  private static List<Diagnostic> check(ObjectNode template) {
    ObjectNode parameters = JSON.createObjectNode()
        .put("$schema", ArmWriter.PARAMETERS_SCHEMA)
        .put("contentVersion", "1.0.0.0");
    parameters.putObject("parameters");
    return ArmSchemaCheck.standard().check(template, parameters);
  }

  /** {@code resource} alone in a minimal template. */
  private static ObjectNode wrap(ObjectNode resource) {
    ObjectNode template = JSON.createObjectNode()
        .put("$schema", ArmWriter.TEMPLATE_SCHEMA)
        .put("contentVersion", "1.0.0.0");
    template.putObject("parameters");
    template.putArray("resources").add(resource);
    template.putObject("outputs");
    return template;
  }

  /** A fresh copy of the valid document of {@code type}. */
  private static ObjectNode resource(String type) {
    return resources().filter(resource -> resource.path("type").asText().equals(type)).findFirst()
        .map(ObjectNode::deepCopy)
        .orElseThrow(() -> new AssertionError("no " + type + " in " + TEMPLATE));
  }

  private static Stream<ObjectNode> resources() {
    return StreamSupport.stream(template().path("resources").spliterator(), false).map(ObjectNode.class::cast);
  }

  private static ObjectNode template() {
    try (InputStream in = EgressSchemasTest.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + TEMPLATE);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + TEMPLATE, e);
    }
  }
}
