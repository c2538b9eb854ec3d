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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks emitted ARM documents against the JSON schemas this project ships under
 * {@code schemas/} on the classpath: the template envelope, the parameters file, and one schema
 * per resource type and API version the generator writes (from azure-facts; Microsoft's published
 * schemas are the reference). A violation is a bug in the generator, reported as an
 * {@code internal-schema-violation} error, never a silent success.
 */
public final class ArmSchemaCheck {
  /** The rule id of every violation. */
  public static final String RULE_ID = "internal-schema-violation";
  private static final String BASE = "https://iot-network.dev/schemas/";
  private static final String HINT =
      "This is a bug in iot-network, not in your definition: please report it with the definition.";
  private static final ArmSchemaCheck STANDARD = new ArmSchemaCheck();

  private final MemoizedPatterns patterns = new MemoizedPatterns();
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
      builder -> builder
          .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:schemas/"))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH)
              .regularExpressionFactory(patterns).build()));
  private final Map<String, Optional<Schema>> schemas = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Optional<Schema>>> byType = new ConcurrentHashMap<>();

  private ArmSchemaCheck() {}

  /** The shared instance; schemas load once. */
  public static ArmSchemaCheck standard() {
    return STANDARD;
  }

  /** Every violation in {@code template} and {@code parameters}. */
  public List<Diagnostic> check(JsonNode template, JsonNode parameters) {
    return patterns.within(() -> {
      List<Diagnostic> found = new ArrayList<>();
      checkTemplate(template, GeneratedFiles.ARM_TEMPLATE + "#", found);
      report(schema("deploymentParameters.json").orElseThrow().validate(parameters),
          GeneratedFiles.ARM_PARAMETERS + "#", found);
      return found;
    });
  }

  private void checkTemplate(JsonNode template, String where, List<Diagnostic> found) {
    report(schema("deploymentTemplate.json").orElseThrow().validate(template), where, found);
    JsonNode resources = template.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode resource = resources.get(i);
      String type = resource.path("type").asText();
      String apiVersion = resource.path("apiVersion").asText();
      Optional<Schema> schema = schemaOf(type, apiVersion);
      if (schema.isEmpty()) {
        found.add(violation(where + "/resources/" + i, "no schema ships for " + type + "@" + apiVersion
            + " (expected schemas/" + schemaFileOf(type, apiVersion) + ")"));
        continue;
      }
      List<Error> errors = schema.get().validate(resource);
      if (!errors.isEmpty()) {
        report(errors, where + "/resources/" + i, found);
      }
      JsonNode nested = resource.path("properties").path("template");
      if (nested.isObject()) {
        checkTemplate(nested, where + "/resources/" + i + "/properties/template", found);
      }
    }
  }

  /**
   * The schema of {@code type} at {@code apiVersion}, found by the two strings as the template holds
   * them: every resource is looked up, and a file name built for each was most of what looking up cost.
   */
  private Optional<Schema> schemaOf(String type, String apiVersion) {
    return byType.computeIfAbsent(type, key -> new ConcurrentHashMap<>())
        .computeIfAbsent(apiVersion, version -> schema(schemaFileOf(type, version)));
  }

  /** {@code Microsoft.Devices/IotHubs} at {@code 2023-06-30} is {@code Microsoft.Devices-IotHubs-2023-06-30.json}. */
  static String schemaFileOf(String type, String apiVersion) {
    return type.replace('/', '-') + "-" + apiVersion + ".json";
  }

  /**
   * The schema in {@code schemas/<file>}, looked up on the classpath once per file; empty if none ships.
   * Its validators, and those of the schemas it refers to, are built while it is loaded: networknt builds
   * them lazily otherwise, and the stages of a large definition are checked on several threads at once.
   */
  private Optional<Schema> schema(String file) {
    return schemas.computeIfAbsent(file, name -> {
      if (getClass().getClassLoader().getResource("schemas/" + name) == null) {
        return Optional.empty();
      }
      Schema schema = registry.getSchema(SchemaLocation.of(BASE + name));
      schema.initializeValidators();
      return Optional.of(schema);
    });
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
