package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A template's parameters with their values: from the parameters file when it gives one, else the
 * declared {@code defaultValue}. A secure parameter ({@code securestring}, {@code secureObject}, any
 * case) without a value is a secret supplied at deploy time; any other parameter without one is
 * listed by {@link #missing()}.
 */
final class TemplateParameters {
  private final Map<String, JsonNode> declarations = new LinkedHashMap<>();
  private final Map<String, JsonNode> given = new LinkedHashMap<>();
  private final Map<String, String> spellings = new LinkedHashMap<>();

  /** {@code declared} is the template's {@code parameters} object; {@code values} a parameters file's. */
  TemplateParameters(JsonNode declared, JsonNode values) {
    declared.fields().forEachRemaining(field -> {
      declarations.put(key(field.getKey()), field.getValue());
      spellings.put(key(field.getKey()), field.getKey());
    });
    values.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (value.has("value")) {
        given.put(key(field.getKey()), value.get("value"));
      }
    });
  }

  /** The value of parameter {@code name}: given, else its default; empty for a secret or a missing one. */
  Optional<JsonNode> value(String name) {
    JsonNode value = given.get(key(name));
    if (value != null) {
      return Optional.of(value);
    }
    JsonNode declaration = declarations.get(key(name));
    return declaration == null || !declaration.has("defaultValue")
        ? Optional.empty()
        : Optional.of(declaration.get("defaultValue"));
  }

  /** Whether {@code name} is declared secure and has no value, so it stays a deploy-time secret. */
  boolean isUnsetSecret(String name) {
    JsonNode declaration = declarations.get(key(name));
    return declaration != null && isSecure(declaration) && value(name).isEmpty();
  }

  /** Whether {@code name} is declared secure. */
  boolean isSecure(String name) {
    JsonNode declaration = declarations.get(key(name));
    return declaration != null && isSecure(declaration);
  }

  /** The declared names of the parameters that are not secure and have neither a given value nor a default. */
  List<String> missing() {
    return declarations.entrySet().stream()
        .filter(entry -> !isSecure(entry.getValue()) && value(entry.getKey()).isEmpty())
        .map(entry -> spellings.get(entry.getKey()))
        .toList();
  }

  private static boolean isSecure(JsonNode declaration) {
    return declaration.path("type").asText().toLowerCase(Locale.ROOT).startsWith("secure");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
