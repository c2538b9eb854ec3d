package io.iotnetwork.generator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.emit.arm.ArmStrings;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * ARM's template limits, measured on the written files with this test's own counting (not the
 * generator's): per template 800 resources (copies included), 256 parameters, 512 variables, 64
 * outputs, 24,576 characters per expression; 1 MB per top-level resource as written; 4 MB for the
 * template file and for the parameters file.
 */
final class TemplateLimitsAssert {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MB_4 = 4_000_000;
  private static final int MB_1 = 1_000_000;

  private TemplateLimitsAssert() {}

  static void assertWithinEveryLimit(GeneratedFiles files) throws Exception {
    assertWithinEveryLimit(files.files().get(GeneratedFiles.ARM_TEMPLATE),
        files.files().get(GeneratedFiles.ARM_PARAMETERS));
  }

  /** The limits, measured on the written {@code template} and its {@code parameters} file. */
  static void assertWithinEveryLimit(byte[] template, byte[] parameters) throws Exception {
    assertThat(template.length).as("azuredeploy.json bytes").isLessThanOrEqualTo(MB_4);
    assertThat(parameters.length).as("parameters file bytes").isLessThanOrEqualTo(MB_4);
    DeploymentTemplates templates = DeploymentTemplates.of(JSON.readTree(template));
    boolean indented = new String(template, 0, Math.min(template.length, 200), StandardCharsets.UTF_8).contains("\n  ");
    for (JsonNode resource : templates.main().path("resources")) {
      int size = (indented ? JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(resource)
          : JSON.writeValueAsBytes(resource)).length;
      assertThat(size).as("bytes of %s", resource.path("name").asText()).isLessThanOrEqualTo(MB_1);
    }
    for (JsonNode one : templates.all()) {
      String where = one.at("/metadata/module").asText("azuredeploy.json");
      int resources = 0;
      for (JsonNode resource : one.path("resources")) {
        resources += resource.path("copy").path("count").asInt(1);
      }
      assertThat(resources).as("resources of %s", where).isLessThanOrEqualTo(800);
      assertThat(one.path("parameters").size()).as("parameters of %s", where).isLessThanOrEqualTo(256);
      assertThat(one.path("variables").size()).as("variables of %s", where).isLessThanOrEqualTo(512);
      assertThat(one.path("outputs").size()).as("outputs of %s", where).isLessThanOrEqualTo(64);
      assertExpressionsShort(one, where);
    }
  }

  private static void assertExpressionsShort(JsonNode node, String where) {
    if (node.isTextual() && ArmStrings.isExpression(node.asText())) {
      assertThat(node.asText().length()).as("an expression in %s", where).isLessThanOrEqualTo(24_576 + 2);
    } else if (node.isArray()) {
      node.forEach(item -> assertExpressionsShort(item, where));
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("template")) {
          assertExpressionsShort(field.getValue(), where);
        }
      }
    }
  }
}
