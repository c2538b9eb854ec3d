package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.networkWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings about an existing hub speak the words of {@code IotHub.existing(..)}, not of {@code IotHub.define(..)}. */
class ExistingHubHintsTest {

  @Test
  void aHubSettingOnAnExistingHubPointsAtImport() {
    List<Diagnostic> findings = findings(networkWith(ExistingHubRuleCases.withPublicAccess(
        ExistingHubRuleCases.existingHub())).build(), "existing-hub-setting");

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.message()).contains("publicNetworkAccess 'Enabled'", "never deploys it");
      assertThat(finding.hint()).contains("import goal", "IotHub.define(..)");
    });
  }

  @Test
  void aMissingIdentityAsksForTheExistingOne() {
    List<Diagnostic> findings = findings(networkWith(IotHub.existing(ExistingHubRuleCases.HUB_ID).grantAccess()
        .toStorageContainer(StorageAccount.define("starchive").build(), "telemetry").attach().build()).build(),
        "egress-needs-identity");

    assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.hint())
        .contains(".withExistingSystemAssignedIdentity()").doesNotContain(".withSystemAssignedIdentity()"));
  }

  private static List<Diagnostic> findings(IotNetworkSpec spec, String ruleId) {
    return Validator.standard().validate(spec).all().stream().filter(d -> d.ruleId().equals(ruleId)).toList();
  }
}
