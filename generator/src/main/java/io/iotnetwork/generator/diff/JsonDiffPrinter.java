package io.iotnetwork.generator.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * diff.json, for tools: one network's changes in the schema {@code docs/diff.schema.json} (format
 * version {@value #FORMAT_VERSION}), most serious class first and sorted within a class like diff.md,
 * printed as the ARM files are (two-space indents, LF line ends), so the same changes give the same
 * bytes.
 */
public final class JsonDiffPrinter {
  /** The schema version in every document; a field is only ever added within a version. */
  public static final int FORMAT_VERSION = 1;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonDiffPrinter() {}

  /** The JSON document for one network's changes against {@code baseline}, with a final newline. */
  public static String print(String networkId, String baseline, BaselineKind kind, List<ClassifiedChange> changes) {
    ObjectNode document = NODES.objectNode();
    document.put("formatVersion", FORMAT_VERSION);
    document.put("network", networkId);
    document.putObject("baseline").put("label", baseline).put("kind", kindId(kind));
    ObjectNode summary = document.putObject("summary");
    summary.put("total", changes.size());
    for (RiskClass riskClass : RiskClass.values()) {
      summary.put(riskClass.id(), changes.stream().filter(change -> change.riskClass() == riskClass).count());
    }
    ArrayNode list = document.putArray("changes");
    ChangeGroup.inOrder(changes).forEach(change -> list.add(change(change)));
    return new String(ArmWriter.print(document), StandardCharsets.UTF_8);
  }

  /** How diff.json spells {@code kind}: {@code earlier-build} or {@code live-state}. */
  public static String kindId(BaselineKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ObjectNode change(ClassifiedChange change) {
    ObjectNode node = NODES.objectNode();
    node.put("class", change.riskClass().id());
    node.put("rule", change.classification().ruleId());
    node.put("reason", change.classification().reason());
    ObjectNode resource = node.putObject("resource");
    ExportedResource subject = change.resource().resource();
    resource.put("action", change.resource().kind().name().toLowerCase(Locale.ROOT));
    resource.put("type", subject.type());
    resource.put("name", subject.name());
    subject.scope().subscriptionId().ifPresent(id -> resource.put("subscriptionId", id));
    subject.scope().resourceGroup().ifPresent(group -> resource.put("resourceGroup", group));
    change.property().ifPresent(property -> {
      ObjectNode path = node.putObject("property");
      path.put("path", property.path());
      path.put("change", property.kind().name().toLowerCase(Locale.ROOT));
      property.before().ifPresent(value -> path.set("before", value));
      property.after().ifPresent(value -> path.set("after", value));
    });
    return node;
  }
}
