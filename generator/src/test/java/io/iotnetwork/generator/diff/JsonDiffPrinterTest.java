package io.iotnetwork.generator.diff;

import static io.iotnetwork.generator.diff.Edits.array;
import static io.iotnetwork.generator.diff.Edits.edit;
import static io.iotnetwork.generator.diff.Edits.json;
import static io.iotnetwork.generator.diff.Edits.object;
import static io.iotnetwork.generator.diff.Edits.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** diff.json follows docs/diff.schema.json, and the same changes give the same bytes. */
class JsonDiffPrinterTest {
  private static final String HUB = "Microsoft.Devices/IotHubs";
  private static final List<ExportedResource> BASE = Deployments.of(Scenarios.spec("trusted-egress"));
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(json(Files.readString(Path.of("..", "docs", "diff.schema.json"))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<ClassifiedChange> closingNoteChanges() {
    List<ExportedResource> proposed = edit(BASE, HUB, body -> {
      object(body, "/properties").put("publicNetworkAccess", "Enabled");
      array(body, "/properties/routing/routes").remove(0);
      object(body, "/properties/eventHubEndpoints/events").put("partitionCount", 8);
    });
    return ChangeClassifier.classify(ResourceDiff.compare(BASE, proposed));
  }

  @Test
  void modifiedPropertiesFollowTheSchemaMostSeriousFirst() {
    String text = JsonDiffPrinter.print("trusted-egress", "release 1.0.0", BaselineKind.EARLIER_BUILD, closingNoteChanges());
    JsonNode document = json(text);

    assertThat(SCHEMA.validate(document)).extracting(Error::toString).isEmpty();
    assertThat(document.at("/baseline/kind").asText()).isEqualTo("earlier-build");
    assertThat(document.at("/summary/total").asInt()).isEqualTo(3);
    assertThat(document.at("/summary/immutable").asInt()).isEqualTo(1);
    assertThat(classes(document)).containsExactly("immutable", "opens-access", "destructive");
    JsonNode partitions = document.at("/changes/0");
    assertThat(partitions.at("/rule").asText()).isEqualTo("create-only-property");
    assertThat(partitions.at("/resource/action").asText()).isEqualTo("modify");
    assertThat(partitions.at("/property/path").asText()).isEqualTo("properties.eventHubEndpoints.events.partitionCount");
    assertThat(partitions.at("/property/after").asInt()).isEqualTo(8);
    assertThat(text).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void createdAndDeletedResourcesHaveNoPropertyAndFollowTheSchema() {
    List<ExportedResource> proposed = without(BASE, "Microsoft.Network/privateEndpoints");
    List<ClassifiedChange> changes = ChangeClassifier.classify(ResourceDiff.compare(proposed, BASE), BaselineKind.LIVE_STATE);
    changes = new ArrayList<>(changes);
    changes.addAll(ChangeClassifier.classify(ResourceDiff.compare(BASE, proposed)));
    JsonNode document = json(JsonDiffPrinter.print("trusted-egress", "export hub.json", BaselineKind.LIVE_STATE, changes));

    assertThat(SCHEMA.validate(document)).extracting(Error::toString).isEmpty();
    assertThat(document.at("/baseline/kind").asText()).isEqualTo("live-state");
    assertThat(StreamSupport.stream(document.get("changes").spliterator(), false).map(change -> change.at("/resource/action").asText()))
        .containsExactlyInAnyOrder("create", "delete");
    assertThat(document.get("changes")).allSatisfy(change -> assertThat(change.has("property")).isFalse());
  }

  @Test
  void noChangesIsAValidDocumentWithZeroCounts() {
    JsonNode document = json(JsonDiffPrinter.print("trusted-egress", "release 1.0.0", BaselineKind.EARLIER_BUILD, List.of()));

    assertThat(SCHEMA.validate(document)).isEmpty();
    assertThat(document.at("/summary/total").asInt()).isZero();
    assertThat(document.get("changes")).isEmpty();
  }

  @Test
  void theSameChangesInAnyOrderGiveTheSameBytes() {
    List<ClassifiedChange> changes = closingNoteChanges();
    List<ClassifiedChange> shuffled = new ArrayList<>(changes);
    Collections.reverse(shuffled);

    assertThat(JsonDiffPrinter.print("n", "b", BaselineKind.EARLIER_BUILD, shuffled))
        .isEqualTo(JsonDiffPrinter.print("n", "b", BaselineKind.EARLIER_BUILD, changes));
  }

  @Test
  void theSchemaRejectsWhatThePrinterNeverWrites() {
    JsonNode document = json(JsonDiffPrinter.print("trusted-egress", "b", BaselineKind.EARLIER_BUILD, closingNoteChanges()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/changes/0")).put("class", "risky");
    ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/changes/1")).remove("property");

    assertThat(SCHEMA.validate(document)).extracting(Error::getInstanceLocation).extracting(Object::toString)
        .contains("/changes/0/class", "/changes/1");
  }

  @Test
  void theSchemaNamesEveryClass() {
    JsonNode schema = json(readSchema());

    assertThat(schema.at("/definitions/riskClass/enum")).extracting(JsonNode::asText)
        .containsExactly(java.util.Arrays.stream(RiskClass.values()).map(RiskClass::id).toArray(String[]::new));
  }

  private static String readSchema() {
    try {
      return Files.readString(Path.of("..", "docs", "diff.schema.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> classes(JsonNode document) {
    return StreamSupport.stream(document.get("changes").spliterator(), false).map(change -> change.get("class").asText()).toList();
  }
}
