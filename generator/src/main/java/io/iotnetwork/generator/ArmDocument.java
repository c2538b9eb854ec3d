package io.iotnetwork.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.plan.TemplateLimits;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.verify.TemplateLimitCheck;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;

/**
 * The ARM template as written: indented, unless indentation alone would take it over ARM's template
 * size limit, in which case it is written on one line (the same template, byte for byte the same on
 * every run) and an {@code INFO} says so.
 *
 * @param bytes    the file's bytes
 * @param compact  true when written without indentation
 * @param notes    the {@code INFO} about compaction, if any
 */
record ArmDocument(byte[] bytes, boolean compact, List<Diagnostic> notes) {

  static ArmDocument of(IotNetworkSpec spec, ObjectNode template) {
    byte[] indented = ArmWriter.print(template);
    if (indented.length <= TemplateLimits.TEMPLATE_BYTES) {
      return new ArmDocument(indented, false, List.of());
    }
    byte[] compact = ArmWriter.printCompact(template);
    return new ArmDocument(compact, true, List.of(Diagnostic.info(TemplateLimitCheck.RULE_ID, spec.path(),
        spec.source(), String.format("%s is written without indentation: indented it would be %,d bytes, over ARM's "
            + "4 MB template limit; on one line it is %,d bytes.", GeneratedFiles.ARM_TEMPLATE, indented.length,
            compact.length), "Read main.bicep and its modules instead; they say the same.")));
  }

  /** The size of {@code resource} written the way this document is. */
  int sizeOf(JsonNode resource) {
    ObjectNode node = (ObjectNode) resource;
    return compact ? ArmWriter.printCompact(node).length : ArmWriter.print(node).length;
  }
}
