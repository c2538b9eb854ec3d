package io.iotnetwork.generator.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.GeneratedFiles;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One trigger and one no-trigger case per import rule (docs/rules.md): weaker-than-default settings,
 * secrets, existing grants, assumed values, properties not restated, and export placeholders.
 */
class AdoptionNotesTest {

  private static AdoptedDefinition adopt(String fixture) {
    return Adopter.adopt(ExportRoundTripTest.read(fixture, null), Optional.empty()).definition().orElseThrow();
  }

  private static String source(String fixture) {
    return DefinitionWriter.write(adopt(fixture), RoundTrip.PACKAGE, "AdoptedHub");
  }

  @Test
  void publicAccessAndLocalAuthAreWrittenExplicitlyWithANoteToTighten() {
    AdoptedDefinition open = adopt("arm-get/contoso-legacy-hub.json");

    assertThat(open.notes(AdoptionNote.Kind.WEAKER_THAN_DEFAULT)).extracting(AdoptionNote::jsonPath)
        .containsExactly("$.properties.publicNetworkAccess", "$.properties.disableLocalAuth");
    assertThat(source("arm-get/contoso-legacy-hub.json"))
        .contains(".withPublicNetworkAccess(PublicNetworkAccess.ENABLED)").contains(".withLocalAuth()");
    assertThat(adopt("template/private-hub-export.json").notes(AdoptionNote.Kind.WEAKER_THAN_DEFAULT))
        .as("a private hub without local auth is as the DSL's defaults").isEmpty();
  }

  @Test
  void secretsBecomeSecureParametersAndNeverReachTheSource() {
    AdoptedDefinition tuned = adopt("az-cli/tuned-hub.json");
    String source = source("az-cli/tuned-hub.json");

    assertThat(tuned.notes(AdoptionNote.Kind.SECRET)).extracting(AdoptionNote::jsonPath)
        .containsExactly("$.properties.routing.endpoints.storageContainers[0].connectionString");
    assertThat(source).contains(".withKeyBasedAuthentication()")
        .doesNotContain("AccountKey").doesNotContain("RkFLRS1LRVktTk9ULUEtUkVBTC1LRVk=");
    RoundTrip trip = RoundTrip.of(ExportRoundTripTest.read("az-cli/tuned-hub.json", null), Optional.empty(), "AdoptedHub");
    assertThat(trip.files.text(GeneratedFiles.ARM_TEMPLATE)).contains("\"type\": \"securestring\"")
        .doesNotContain("RkFLRS1LRVktTk9ULUEtUkVBTC1LRVk=");
    assertThat(adopt("arm-get/contoso-legacy-hub.json").notes(AdoptionNote.Kind.SECRET)).isEmpty();
  }

  @Test
  void aMaskedKeyStaysKeyBasedAndOutOfTheSource() {
    String source = DefinitionWriter.write(Adopter.adopt(ExportRoundTripTest.read("template/group-export.json",
        "template/group-export.parameters.json"), Optional.empty()).definition().orElseThrow(), RoundTrip.PACKAGE, "AdoptedHub");

    assertThat(source).contains(".withKeyBasedAuthentication()").doesNotContain("****").doesNotContain("SharedAccessKey");
  }

  @Test
  void theStoragePlaceholderOfAnExportedTemplateIsNotAdoptedAsFileUpload() {
    assertThat(source("template/portal-export.json")).doesNotContain("defineFileUpload").doesNotContain("storageEndpoints");
    assertThat(source("az-cli/tuned-hub.json")).as("a real file upload is adopted").contains(".defineFileUpload(");
  }

  @Test
  void anIdentityBasedUseOfAnExistingTargetIsMarkedAsAnExistingGrantAndWritesNoRoleAssignment() {
    AdoptedDefinition adopted = adopt("template/private-hub-export.json");

    assertThat(adopted.notes(AdoptionNote.Kind.EXISTING_GRANT)).singleElement().satisfies(note ->
        assertThat(note.message()).contains("Azure Event Hubs Data Sender").contains("'twin-changes' of evhns-contoso-twins"));
    assertThat(source("template/private-hub-export.json")).contains("            .withExistingGrant()\n            .build();");
    RoundTrip trip = RoundTrip.of(ExportRoundTripTest.read("template/private-hub-export.json", null), Optional.empty(), "AdoptedHub");
    assertThat(trip.files.text(GeneratedFiles.ARM_TEMPLATE)).doesNotContain("Microsoft.Authorization/roleAssignments");
    assertThat(adopt("az-cli/tuned-hub.json").notes(AdoptionNote.Kind.EXISTING_GRANT))
        .as("the upload's identity-based use grants; the key-based endpoint needs none").hasSize(1);
    assertThat(adopt("arm-get/contoso-legacy-hub.json").notes(AdoptionNote.Kind.EXISTING_GRANT)).isEmpty();
  }

  @Test
  void whatAnExportDoesNotSayIsAssumedWithANote() {
    assertThat(adopt("template/private-hub-export.json").notes(AdoptionNote.Kind.ASSUMED)).extracting(AdoptionNote::message)
        .anySatisfy(message -> assertThat(message).contains("SKU of existing evhns-contoso-twins"));
    assertThat(adopt("arm-get/contoso-filtered-hub.json").notes(AdoptionNote.Kind.ASSUMED)).isEmpty();
  }

  @Test
  void mirroredClassicRulesAndServiceDefaultsAreLeftOutWithANote() {
    assertThat(adopt("arm-get/contoso-filtered-hub.json").notes(AdoptionNote.Kind.NOT_RESTATED))
        .extracting(AdoptionNote::jsonPath)
        .contains("$.properties.ipFilterRules", "$.properties.messagingEndpoints.fileNotifications");
    assertThat(adopt("az-cli/tuned-hub.json").notes(AdoptionNote.Kind.NOT_RESTATED)).extracting(AdoptionNote::jsonPath)
        .doesNotContain("$.properties.ipFilterRules", "$.properties.messagingEndpoints.fileNotifications");
  }

  @Test
  void privateEndpointsAndTheirZonesAreAdopted() {
    assertThat(source("template/private-hub-export.json"))
        .contains(".definePrivateEndpoint(\"pe-contoso-private-hub\")")
        .contains(".inSubnet(Subnet.existing(\"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/"
            + "rg-contoso-network/providers/Microsoft.Network/virtualNetworks/vnet-contoso-iot/subnets/snet-private-endpoints\"))")
        .contains(".withStaticPrivateIpAddress(\"10.20.1.10\")")
        .contains(".withPrivateDns(PrivateDns.newZones())");
  }
}
