package io.iotnetwork.generator.diff;

import static io.iotnetwork.generator.diff.Edits.array;
import static io.iotnetwork.generator.diff.Edits.edit;
import static io.iotnetwork.generator.diff.Edits.json;
import static io.iotnetwork.generator.diff.Edits.object;
import static io.iotnetwork.generator.diff.Edits.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture pair per risk rule and class: the trusted-egress sample's deployment, and a copy with
 * one change. Exactly one change is reported, with the expected class and rule.
 */
class RiskRulesTest {
  private static final String HUB = "Microsoft.Devices/IotHubs";
  private static final String STORAGE = "Microsoft.Storage/storageAccounts";
  private static final String SB_RULES = "Microsoft.ServiceBus/namespaces/networkRuleSets";
  private static final String ROLE = "Microsoft.Authorization/roleAssignments";
  private static final List<ExportedResource> BASE = Deployments.of(Scenarios.spec("trusted-egress"));

  static Stream<Arguments> pairs() {
    return Stream.of(
        pair("partition count", RiskClass.IMMUTABLE, "create-only-property",
            set(HUB, body -> object(body, "/properties/eventHubEndpoints/events").put("partitionCount", 8))),
        pair("minimum TLS of the hub", RiskClass.IMMUTABLE, "create-only-property",
            set(HUB, body -> object(body, "/properties").put("minTlsVersion", "1.0"))),
        pair("location", RiskClass.IMMUTABLE, "create-only-property", set(HUB, body -> body.put("location", "northeurope"))),
        pair("S1 to F1", RiskClass.IMMUTABLE, "forbidden-sku-transition", set(HUB, body -> object(body, "/sku").put("name", "F1"))),
        pair("S1 to B1", RiskClass.IMMUTABLE, "forbidden-sku-transition", set(HUB, body -> object(body, "/sku").put("name", "B1"))),
        pair("S1 to S2", RiskClass.BENIGN, "property-changed", set(HUB, body -> object(body, "/sku").put("name", "S2"))),
        pair("public access enabled", RiskClass.OPENS_ACCESS, "public-network-access-enabled",
            set(HUB, body -> object(body, "/properties").put("publicNetworkAccess", "Enabled"))),
        pair("local auth re-allowed", RiskClass.OPENS_ACCESS, "local-auth-re-allowed",
            set(HUB, body -> object(body, "/properties").put("disableLocalAuth", false))),
        pair("IP rule added", RiskClass.OPENS_ACCESS, "ip-rule-added", set(HUB, body -> array(body, "/properties/networkRuleSets/ipRules")
            .add(json("{\"filterName\": \"anyone\", \"action\": \"Allow\", \"ipMask\": \"0.0.0.0/0\"}")))),
        pair("namespace IP rule widened", RiskClass.OPENS_ACCESS, "ip-rule-widened",
            set(SB_RULES, body -> ((ObjectNode) body.at("/properties/ipRules/0")).put("ipMask", "198.51.0.0/16"))),
        pair("namespace IP rule narrowed", RiskClass.CLOSES_ACCESS, "ip-rule-narrowed",
            set(SB_RULES, body -> ((ObjectNode) body.at("/properties/ipRules/0")).put("ipMask", "198.51.100.0/25"))),
        pair("namespace IP rule removed", RiskClass.CLOSES_ACCESS, "ip-rule-removed",
            set(SB_RULES, body -> ((ObjectNode) body.get("properties")).putArray("ipRules"))),
        pair("storage default action Allow", RiskClass.OPENS_ACCESS, "default-action-allow",
            set(STORAGE, body -> object(body, "/properties/networkAcls").put("defaultAction", "Allow"))),
        pair("storage trusted services dropped", RiskClass.OPENS_ACCESS, "trusted-services-dropped",
            set(STORAGE, body -> object(body, "/properties/networkAcls").put("bypass", "None"))),
        pair("namespace trusted services dropped", RiskClass.OPENS_ACCESS, "trusted-services-dropped",
            set(SB_RULES, body -> object(body, "/properties").put("trustedServiceAccessEnabled", false))),
        pair("storage TLS lowered", RiskClass.OPENS_ACCESS, "tls-minimum-lowered",
            set(STORAGE, body -> object(body, "/properties").put("minimumTlsVersion", "TLS1_0"))),
        pair("outbound FQDN added", RiskClass.OPENS_ACCESS, "outbound-fqdn-added",
            set(HUB, body -> array(body, "/properties/allowedFqdnList").add("attacker.example.com"))),
        pair("role widened to another role", RiskClass.OPENS_ACCESS, "role-widened", set(ROLE, body ->
            object(body, "/properties").put("roleDefinitionId", "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions',"
                + " '00000000-0000-0000-0000-00000000abcd')]"))),
        pair("role widened to the account", RiskClass.OPENS_ACCESS, "role-widened", roleOnTheWholeAccount()),
        pair("private endpoint removed", RiskClass.OPENS_ACCESS, "private-endpoint-removed",
            base -> without(base, "Microsoft.Network/privateEndpoints")),
        pair("zone group removed", RiskClass.OPENS_ACCESS, "private-endpoint-removed",
            base -> without(base, "Microsoft.Network/privateEndpoints/privateDnsZoneGroups")),
        pair("route removed", RiskClass.DESTRUCTIVE, "hub-state-removed",
            set(HUB, body -> ((com.fasterxml.jackson.databind.node.ArrayNode) body.at("/properties/routing/routes")).remove(0))),
        pair("routing endpoint removed", RiskClass.DESTRUCTIVE, "hub-state-removed", set(HUB, body ->
            ((ObjectNode) body.at("/properties/routing/endpoints")).remove("eventHubs"))),
        pair("fallback route disabled", RiskClass.DESTRUCTIVE, "fallback-route-disabled",
            set(HUB, body -> object(body, "/properties/routing/fallbackRoute").put("isEnabled", false))),
        pair("fallback route left out", RiskClass.DESTRUCTIVE, "fallback-route-disabled",
            set(HUB, body -> object(body, "/properties/routing").remove("fallbackRoute"))),
        pair("storage account no longer in the template", RiskClass.DESTRUCTIVE, "resource-no-longer-managed",
            base -> without(base, "Microsoft.ServiceBus/namespaces/queues")),
        pair("a tag changed", RiskClass.BENIGN, "property-changed", set(HUB, body -> object(body, "/tags").put("workload", "lab"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void exactlyTheExpectedClassAndRule(String change, RiskClass expected, String ruleId, UnaryOperator<List<ExportedResource>> proposed) {
    List<ClassifiedChange> changes = ChangeClassifier.classify(ResourceDiff.compare(BASE, proposed.apply(BASE)));

    assertThat(changes).singleElement().satisfies(found -> {
      assertThat(found.riskClass()).as(found.classification().reason()).isEqualTo(expected);
      assertThat(found.classification().ruleId()).isEqualTo(ruleId);
    });
  }

  @ParameterizedTest(name = "reversed: {0}")
  @MethodSource("reversible")
  void theReverseOfAnOpeningCloses(String change, RiskClass expected, String ruleId, UnaryOperator<List<ExportedResource>> opened) {
    List<ClassifiedChange> changes = ChangeClassifier.classify(ResourceDiff.compare(opened.apply(BASE), BASE));

    assertThat(changes).singleElement().satisfies(found -> assertThat(found.riskClass()).isEqualTo(expected));
  }

  @ParameterizedTest(name = "only in Azure: {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Microsoft.ServiceBus/namespaces/queues", "Microsoft.Network/privateEndpoints/privateDnsZoneGroups"})
  void aResourceOnlyTheLiveStateHoldsIsLeftAsItIs(String type) {
    List<ExportedResource> proposed = without(BASE, type);

    List<ClassifiedChange> changes = ChangeClassifier.classify(ResourceDiff.compare(BASE, proposed), BaselineKind.LIVE_STATE);

    assertThat(changes).isNotEmpty().allSatisfy(found -> {
      assertThat(found.riskClass()).isEqualTo(RiskClass.BENIGN);
      assertThat(found.classification().ruleId()).isEqualTo("resource-outside-template");
      assertThat(found.classification().reason()).contains("incremental deployment leaves it as it is");
    });
  }

  static Stream<Arguments> reversible() {
    return Stream.of(
        pair("public access disabled", RiskClass.CLOSES_ACCESS, "public-network-access-disabled",
            set(HUB, body -> object(body, "/properties").put("publicNetworkAccess", "Enabled"))),
        pair("private endpoint added", RiskClass.CLOSES_ACCESS, "private-endpoint-added",
            base -> without(base, "Microsoft.Network/privateEndpoints")),
        pair("storage default action Deny", RiskClass.CLOSES_ACCESS, "default-action-deny",
            set(STORAGE, body -> object(body, "/properties/networkAcls").put("defaultAction", "Allow"))),
        pair("a resource created", RiskClass.BENIGN, "resource-created",
            base -> without(base, "Microsoft.ServiceBus/namespaces/queues")));
  }

  private static UnaryOperator<List<ExportedResource>> roleOnTheWholeAccount() {
    return base -> edit(base, resource -> resource.isA(ROLE) && resource.body().path("scope").asText()
        .startsWith("Microsoft.Storage/storageAccounts/stcontosotelemetry/blobServices/default/containers/"),
        body -> body.put("scope", "Microsoft.Storage/storageAccounts/stcontosotelemetry"));
  }

  private static UnaryOperator<List<ExportedResource>> set(String type, java.util.function.Consumer<ObjectNode> change) {
    return base -> edit(base, type, change);
  }

  private static Arguments pair(String name, RiskClass expected, String ruleId, UnaryOperator<List<ExportedResource>> proposed) {
    return Arguments.of(name, expected, ruleId, proposed);
  }
}
