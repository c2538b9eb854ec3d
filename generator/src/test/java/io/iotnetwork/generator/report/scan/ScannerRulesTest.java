package io.iotnetwork.generator.report.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each scanner rule on a generated template, and on a copy broken on purpose (TLS 1.0, storage
 * defaultAction Allow, ...), with the reason it gives.
 */
class ScannerRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void iotHubMinTlsPassesInItsRegionsFailsBelowOneTwoAndSkipsOtherRegions() throws Exception {
    JsonNode eastUs = template(Generator.generate(IotNetwork.define("east").inRegion(Region.US_EAST)
        .withIotHub(Fixtures.privateHub("hub-east").build()).build()).files().orElseThrow());

    assertThat(first(new PsRuleIotHubMinTls(), eastUs)).satisfies(pass("\"1.2\", at least 1.2"));
    assertThat(first(new PsRuleIotHubMinTls(), broken(eastUs, "Microsoft.Devices/IotHubs",
        hub -> ((ObjectNode) hub.path("properties")).put("minTlsVersion", "1.0"))))
        .satisfies(fail("properties.minTlsVersion is \"1.0\", not a version >= 1.2"));
    assertThat(first(new PsRuleIotHubMinTls(), scenario("isolated-hub")).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void storageFirewallNeedsDenyByDefault() throws Exception {
    JsonNode trusted = scenario("trusted-egress");

    assertThat(first(new PsRuleStorageFirewall(), trusted)).satisfies(pass("defaultAction is \"Deny\""));
    assertThat(first(new PsRuleStorageFirewall(), denyToAllow(trusted)))
        .satisfies(fail("properties.networkAcls.defaultAction is \"Allow\"; it must be Deny"));
  }

  @Test
  void eventHubFirewallJudgesRuleSetsAndNamespacesWithoutOne() throws Exception {
    assertThat(first(new PsRuleEventHubFirewall(), scenario("trusted-egress")))
        .satisfies(pass("rule set publicNetworkAccess is \"Enabled\", defaultAction is \"Deny\""));
    assertThat(first(new PsRuleEventHubFirewall(), broken(scenario("trusted-egress"),
        "Microsoft.EventHub/namespaces/networkRuleSets",
        ruleSet -> ((ObjectNode) ruleSet.path("properties")).put("defaultAction", "Allow"))))
        .satisfies(fail("defaultAction is \"Allow\"; one must restrict"));
    assertThat(first(new PsRuleEventHubFirewall(), scenario("user-assigned-egress")))
        .satisfies(fail("no networkRuleSets child; properties.publicNetworkAccess is \"Enabled\""));
  }

  @Test
  void checkovDefaultNetworkAccessDenyIsCaseSensitive() throws Exception {
    assertThat(first(new CheckovStorageDefaultNetworkAccessDeny(), scenario("trusted-egress")))
        .satisfies(pass("defaultAction is \"Deny\""));
    assertThat(first(new CheckovStorageDefaultNetworkAccessDeny(), broken(scenario("trusted-egress"),
        CheckovStorageRules.STORAGE, account -> ((ObjectNode) account.at("/properties/networkAcls"))
            .put("defaultAction", "deny"))))
        .satisfies(fail("defaultAction is \"deny\"; it must be exactly Deny"));
  }

  @Test
  void checkovTrustedServicesNeedsBypassExactlyAzureServices() throws Exception {
    assertThat(first(new CheckovStorageAzureServicesAccessEnabled(), scenario("trusted-egress")))
        .satisfies(pass("bypass is \"AzureServices\""));
    assertThat(first(new CheckovStorageAzureServicesAccessEnabled(), broken(scenario("trusted-egress"),
        CheckovStorageRules.STORAGE, account -> ((ObjectNode) account.at("/properties/networkAcls"))
            .put("bypass", "AzureServices, Logging"))))
        .satisfies(fail("bypass is \"AzureServices, Logging\"; bypass must be exactly AzureServices"));
    assertThat(first(new CheckovStorageAzureServicesAccessEnabled(), scenario("user-assigned-egress")))
        .satisfies(pass("defaultAction is \"Allow\""));
  }

  @Test
  void checkovDisablePublicAccessFailsOnEnabledAndPassesWhenAbsent() throws Exception {
    assertThat(first(new CheckovStorageDisablePublicAccess(), scenario("trusted-egress")))
        .satisfies(fail("properties.publicNetworkAccess is \"Enabled\"; the account is firewalled"));
    assertThat(first(new CheckovStorageDisablePublicAccess(), broken(scenario("trusted-egress"),
        CheckovStorageRules.STORAGE, account -> ((ObjectNode) account.path("properties")).remove("publicNetworkAccess"))))
        .satisfies(pass("properties.publicNetworkAccess is absent"));
  }

  @Test
  void policiesOnTheHubReadPublicNetworkAccessAndLocalAuth() throws Exception {
    assertThat(first(new PolicyIotHubPublicNetworkAccess(), scenario("isolated-hub")))
        .satisfies(pass("\"Disabled\" (compliant)"));
    assertThat(first(new PolicyIotHubPublicNetworkAccess(), scenario("on-prem-factory")))
        .satisfies(fail("\"Enabled\" (non-compliant"));
    assertThat(first(new PolicyIotHubLocalAuth(), scenario("isolated-hub"))).satisfies(pass("true (compliant)"));
    assertThat(first(new PolicyIotHubLocalAuth(), broken(scenario("isolated-hub"), "Microsoft.Devices/IotHubs",
        hub -> ((ObjectNode) hub.path("properties")).put("disableLocalAuth", false))))
        .satisfies(fail("properties.disableLocalAuth is false (non-compliant)"));
  }

  @Test
  void privateEndpointPolicyIsNeverJudgedFromATemplateOnlyPredicted() throws Exception {
    ScanResult withEndpoint = first(new PolicyIotHubPrivateEndpoint(), scenario("isolated-hub"));
    ScanResult withoutEndpoint = first(new PolicyIotHubPrivateEndpoint(), broken(scenario("isolated-hub"),
        "Microsoft.Network/privateEndpoints", endpoint -> ((ObjectNode) endpoint.path("properties"))
            .putArray("privateLinkServiceConnections")));

    assertThat(withEndpoint.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(withEndpoint.reason()).contains("declares 1 private endpoint(s) with an automatic");
    assertThat(withoutEndpoint.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
    assertThat(withoutEndpoint.reason()).contains("declares no private endpoint for this hub");
  }

  @Test
  void everyRuleNamesItsToolIdAndSource() {
    assertThat(ScannerPreview.rules()).hasSize(9).allSatisfy(rule -> {
      assertThat(rule.info().tool()).isIn("PSRule for Azure", "Checkov (ARM)", "Azure Policy");
      assertThat(rule.info().source()).matches("(Azure/PSRule.Rules.Azure|bridgecrewio/checkov|Azure/azure-policy) .+");
    });
  }

  private static ScanResult first(ScannerRule rule, JsonNode template) {
    List<ScanResult> results = rule.evaluate(new TemplateResources(template));
    assertThat(results).isNotEmpty();
    return results.get(0);
  }

  private static Consumer<ScanResult> pass(String reason) {
    return result -> {
      assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.PASS);
      assertThat(result.reason()).contains(reason);
    };
  }

  private static Consumer<ScanResult> fail(String reason) {
    return result -> {
      assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.FAIL);
      assertThat(result.reason()).contains(reason);
    };
  }

  private static JsonNode scenario(String name) throws Exception {
    return template(Scenarios.files(name));
  }

  private static JsonNode template(GeneratedFiles files) throws Exception {
    return JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
  }

  private static JsonNode denyToAllow(JsonNode template) {
    return broken(template, CheckovStorageRules.STORAGE,
        account -> ((ObjectNode) account.at("/properties/networkAcls")).put("defaultAction", "Allow"));
  }

  /** A copy of {@code template} whose first resource of {@code type} (at any depth) is changed by {@code change}. */
  private static JsonNode broken(JsonNode template, String type, Consumer<JsonNode> change) {
    JsonNode copy = template.deepCopy();
    change.accept(new TemplateResources(copy).ofType(type).get(0).json());
    return copy;
  }
}
