package io.iotnetwork.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema check as it was before it was made fast, kept as the reference the fast
 * {@link ArmSchemaCheck} must agree with: one networknt call per resource against its type's schema,
 * a classpath lookup per resource, no memo.
 */
final class ReferenceSchemaCheck {
  /** The rule id of every violation. */
  private static final String RULE_ID = ArmSchemaCheck.RULE_ID;
  private static final String BASE = "https://iot-network.dev/schemas/";
  private static final String HINT =
      "This is a bug in iot-network, not in your definition: please report it with the definition.";
  static final ReferenceSchemaCheck STANDARD = new ReferenceSchemaCheck();

  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
      builder -> builder
          .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:schemas/"))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build()));
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private ReferenceSchemaCheck() {}

  /** Every violation in {@code template} and {@code parameters}. */
  public List<Diagnostic> check(JsonNode template, JsonNode parameters) {
    List<Diagnostic> found = new ArrayList<>();
    checkTemplate(template, GeneratedFiles.ARM_TEMPLATE + "#", found);
    report(schema("deploymentParameters.json").validate(parameters), GeneratedFiles.ARM_PARAMETERS + "#", found);
    return found;
  }

  private void checkTemplate(JsonNode template, String where, List<Diagnostic> found) {
    report(schema("deploymentTemplate.json").validate(template), where, found);
    JsonNode resources = template.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode resource = resources.get(i);
      String at = where + "/resources/" + i;
      String file = schemaFileOf(resource.path("type").asText(), resource.path("apiVersion").asText());
      if (getClass().getClassLoader().getResource("schemas/" + file) == null) {
        found.add(violation(at, "no schema ships for " + resource.path("type").asText() + "@"
            + resource.path("apiVersion").asText() + " (expected schemas/" + file + ")"));
        continue;
      }
      report(schema(file).validate(resource), at, found);
      JsonNode nested = resource.path("properties").path("template");
      if (nested.isObject()) {
        checkTemplate(nested, at + "/properties/template", found);
      }
    }
  }

  private static String schemaFileOf(String type, String apiVersion) {
    return type.replace('/', '-') + "-" + apiVersion + ".json";
  }

  private Schema schema(String file) {
    return schemas.computeIfAbsent(file, name -> registry.getSchema(SchemaLocation.of(BASE + name)));
  }

  private static void report(List<Error> errors, String where, List<Diagnostic> found) {
    for (Error error : errors) {
      found.add(violation(where + error.getInstanceLocation(), error.getMessage()));
    }
  }

  private static Diagnostic violation(String where, String message) {
    return new Diagnostic(RULE_ID, Severity.ERROR, where, message, HINT, SourceLocation.UNKNOWN);
  }
}
