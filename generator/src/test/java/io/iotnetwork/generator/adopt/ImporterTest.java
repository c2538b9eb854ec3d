package io.iotnetwork.generator.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the import goal answers for good and bad exports, without Maven. */
class ImporterTest {

  private static ImportOutcome run(String fixture, String parameters, String hub, boolean allowUnexpressed) {
    return Importer.run(new ImportRequest(ExportRoundTripTest.fixture(fixture),
        Optional.ofNullable(parameters).map(ExportRoundTripTest::fixture), Optional.ofNullable(hub), "com.contoso.adopted",
        Optional.empty(), allowUnexpressed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "bad/not-json.txt, not-json.txt $",
      "bad/no-hub.json, no-hub.json $",
      "bad/unknown-api-version.json, unknown-api-version.json $.resources[0].apiVersion",
      "bad/parameter-without-value.json, parameter-without-value.json $.parameters.",
      "bad/two-hubs.json, two-hubs.json $"})
  void badInputIsAnErrorNamingTheFileAndTheJsonPathAndNoSource(String fixture, String where) {
    ImportOutcome outcome = run(fixture, null, null, true);

    assertThat(outcome.source()).isEmpty();
    assertThat(outcome.diagnostics().ofSeverity(Severity.ERROR)).isNotEmpty()
        .allSatisfy(error -> assertThat(error.ruleId()).isEqualTo(Importer.UNREADABLE))
        .anySatisfy(error -> assertThat(error.path()).startsWith(where));
  }

  @Test
  void aHubNamedAmongSeveralIsAdopted() {
    ImportOutcome outcome = run("bad/two-hubs.json", null, "contoso-second-hub", true);

    assertThat(outcome.diagnostics().ofSeverity(Severity.ERROR)).isEmpty();
    assertThat(outcome.source()).hasValueSatisfying(source -> assertThat(source).contains("IotHub.define(\"contoso-second-hub\")"));
    assertThat(outcome.className()).isEqualTo("ContosoSecondHubNetwork");
  }

  @Test
  void aPropertyTheDslCannotStateFailsTheImportByPath() {
    ImportOutcome outcome = run("template/portal-export.json", null, null, false);

    assertThat(outcome.source()).isEmpty();
    assertThat(outcome.diagnostics().ofSeverity(Severity.ERROR)).extracting(Diagnostic::ruleId, Diagnostic::path)
        .containsExactly(Tuple.tuple("import-unexpressed-property", "portal-export.json $.properties.minTlsVersion"));
  }

  @Test
  void allowedItBecomesACommentPerPropertyAndAWarning() {
    ImportOutcome outcome = run("template/portal-export.json", null, null, true);

    assertThat(outcome.diagnostics().ofSeverity(Severity.ERROR)).isEmpty();
    assertThat(outcome.diagnostics().ofSeverity(Severity.WARNING)).extracting(Diagnostic::path)
        .contains("portal-export.json $.properties.minTlsVersion");
    assertThat(outcome.source().orElseThrow())
        .contains("// Left out, the DSL cannot state it: $.properties.minTlsVersion");
  }

  @Test
  void aKeyBasedCosmosDbEndpointIsRestatedWithItsKeysAsSecureParameters() {
    ImportOutcome outcome = run("arm-get/contoso-cosmos-hub.json", null, null, false);

    assertThat(outcome.diagnostics().ofSeverity(Severity.ERROR)).isEmpty();
    assertThat(outcome.diagnostics().ofSeverity(Severity.WARNING)).extracting(Diagnostic::ruleId, Diagnostic::path)
        .contains(Tuple.tuple("import-secret-parameter",
            "contoso-cosmos-hub.json $.properties.routing.endpoints.cosmosDBSqlContainers[0].primaryKey"));
    assertThat(outcome.source().orElseThrow())
        .contains(".toCosmosDbSqlContainer(\"https://cosmos-contoso-state.documents.azure.com\", \"telemetry\", \"state\")")
        .contains(".withKeyBasedAuthentication()")
        .contains(".withPartitionKey(\"keystamped\", \"{deviceid}-{YYYY}-{MM}\")")
        .doesNotContain("primaryKey").doesNotContain("AccountKey");
  }

  @Test
  void aBadPackageOrClassNameIsAnError() {
    ImportOutcome outcome = Importer.run(new ImportRequest(ExportRoundTripTest.fixture("arm-get/contoso-legacy-hub.json"),
        Optional.empty(), Optional.empty(), "com.class", Optional.of("9Hub"), false));

    assertThat(outcome.source()).isEmpty();
    assertThat(outcome.diagnostics().ofSeverity(Severity.ERROR)).extracting(Diagnostic::ruleId)
        .containsExactly(Importer.JAVA_NAME, Importer.JAVA_NAME);
  }

  @Test
  void aClassNamedLikeATypeItUsesStillCompiles() {
    RoundTrip trip = RoundTrip.of(ExportRoundTripTest.read("arm-get/contoso-legacy-hub.json", null), Optional.empty(), "IotHub");

    assertThat(trip.source).contains("public final class IotHub implements NetworkDefinition")
        .contains("io.iotnetwork.dsl.IotHub.define(\"contoso-legacy-hub\")").doesNotContain("import io.iotnetwork.dsl.IotHub;");
  }

  @Test
  void theSourceIsDeterministic() {
    assertThat(run("az-cli/tuned-hub.json", null, null, true).source())
        .isEqualTo(run("az-cli/tuned-hub.json", null, null, true).source());
  }
}
