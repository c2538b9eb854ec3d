package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.arm.ArmPropertyFacts;
import io.iotnetwork.generator.arm.ArmPropertyFacts.Kind;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings one resource body of any dialect to the normalized form of {@link ExportedResource}: only
 * desired state (the envelope, read-only properties and nulls gone), wire names, canonical ISO 8601
 * durations, secrets taken out, Azure's defaults and empty lists dropped, the location in its
 * programmatic form ({@code West Europe} is {@code westeurope}).
 */
final class ResourceNormalizer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUB = "Microsoft.Devices/IotHubs";
  /** Envelope and template keys that are not the resource's state. */
  private static final Set<String> ENVELOPE = Set.of("id", "name", "type", "apiversion", "dependson", "etag",
      "systemdata", "resourcegroup", "subscriptionid", "condition", "copy", "resources", "existing",
      "comments", "managedby");
  /** The az CLI prints the SDK's names where they differ from the wire's (azure-facts §11). */
  private static final Map<String, String> SDK_NAMES = Map.of(
      "disableDeviceSas", "disableDeviceSAS",
      "disableModuleSas", "disableModuleSAS",
      "cosmosDbSqlContainers", "cosmosDBSqlContainers");

  private final String type;
  private final ExportDialect dialect;
  private final Function<String, Optional<String>> secretParameter;
  private final List<ExportedSecret> secrets = new ArrayList<>();

  /**
   * {@code secretParameter} names the unset secure parameter a resolved template string stands for
   * ({@code [parameters('x')]}), if it is one.
   */
  ResourceNormalizer(String type, ExportDialect dialect, Function<String, Optional<String>> secretParameter) {
    this.type = type;
    this.dialect = dialect;
    this.secretParameter = secretParameter;
  }

  /** The normalized body; {@link #secrets()} then lists what was taken out. */
  ObjectNode normalize(JsonNode raw) {
    ObjectNode body = JSON.createObjectNode();
    raw.fields().forEachRemaining(field -> {
      if (!ENVELOPE.contains(field.getKey().toLowerCase(Locale.ROOT))) {
        body.set(field.getKey(), field.getValue().deepCopy());
      }
    });
    JsonNode normalized = walk(body, List.of(), "");
    ObjectNode result = normalized.isObject() ? (ObjectNode) normalized : JSON.createObjectNode();
    if (type.equalsIgnoreCase(HUB)) {
      dropStoragePlaceholder(result);
    }
    dropEmpty(result);
    if (result.path("location").isTextual()) {
      result.put("location", result.get("location").asText().replace(" ", "").toLowerCase(Locale.ROOT));
    }
    return result;
  }

  List<ExportedSecret> secrets() {
    return List.copyOf(secrets);
  }

  /** {@code path} is the property path (array items as indexes), {@code pointer} the same as a JSON pointer. */
  private JsonNode walk(JsonNode value, List<String> path, String pointer) {
    if (value.isObject()) {
      ObjectNode object = JSON.createObjectNode();
      value.fields().forEachRemaining(field -> {
        String name = dialect == ExportDialect.AZ_CLI ? SDK_NAMES.getOrDefault(field.getKey(), field.getKey()) : field.getKey();
        List<String> childPath = append(path, name);
        if (field.getValue().isNull() || ArmPropertyFacts.is(Kind.READ_ONLY, type, childPath)) {
          return;
        }
        JsonNode child = walk(field.getValue(), childPath, pointer + "/" + escape(name));
        if (child != null && !isDefault(childPath, child)) {
          object.set(name, child);
        }
      });
      return object;
    }
    if (value.isArray()) {
      ArrayNode array = JSON.createArrayNode();
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = walk(value.get(i), append(path, Integer.toString(i)), pointer + "/" + i);
        if (item != null && !item.isNull()) {
          array.add(item);
        }
      }
      return array;
    }
    if (value.isTextual()) {
      return text(value.asText(), path, pointer);
    }
    return value;
  }

  private JsonNode text(String text, List<String> path, String pointer) {
    Optional<String> parameter = secretParameter.apply(text);
    if (parameter.isPresent()) {
      secrets.add(new ExportedSecret(pointer, ExportedSecret.Origin.SECURE_PARAMETER, parameter, Optional.empty()));
      return null;
    }
    if (Secrets.isSecret(text)) {
      secrets.add(new ExportedSecret(pointer,
          Secrets.isMasked(text) ? ExportedSecret.Origin.MASKED : ExportedSecret.Origin.CONNECTION_STRING,
          Optional.empty(), Secrets.withoutKeys(text)));
      return null;
    }
    if (!path.isEmpty() && path.get(path.size() - 1).endsWith("AsIso8601")) {
      return JSON.getNodeFactory().textNode(Durations.canonical(text).orElse(text));
    }
    return JSON.getNodeFactory().textNode(text);
  }

  private boolean isDefault(List<String> path, JsonNode value) {
    return ArmPropertyFacts.find(Kind.DEFAULT, type, path)
        .flatMap(ArmPropertyFacts.Fact::defaultJson)
        .map(ResourceNormalizer::parse)
        .filter(defaultValue -> sameValue(defaultValue, value))
        .isPresent();
  }

  private static boolean sameValue(JsonNode expected, JsonNode actual) {
    if (expected.isTextual() && actual.isTextual()) {
      return expected.asText().equalsIgnoreCase(actual.asText());
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.asLong() == actual.asLong();
    }
    return expected.equals(actual);
  }

  /**
   * An exported template writes {@code storageEndpoints.$default} with an empty or secret connection
   * string and container for a hub without file upload (azure-facts §11): a placeholder, not a
   * setting. A GET shows the same as empty strings.
   */
  private void dropStoragePlaceholder(ObjectNode body) {
    JsonNode storage = body.path("properties").path("storageEndpoints").path("$default");
    if (!storage.isObject()) {
      return;
    }
    String at = "/properties/storageEndpoints/$default/";
    boolean placeholder = isEmptyOrSecret(storage, "connectionString", at) && isEmptyOrSecret(storage, "containerName", at);
    if (placeholder) {
      ((ObjectNode) body.get("properties")).remove("storageEndpoints");
      secrets.removeIf(secret -> secret.path().startsWith("/properties/storageEndpoints/"));
    }
  }

  private boolean isEmptyOrSecret(JsonNode storage, String field, String at) {
    return !storage.has(field) && secrets.stream().anyMatch(secret -> secret.path().equals(at + field))
        || storage.path(field).isTextual() && storage.path(field).asText().isEmpty();
  }

  /** Empty lists and objects say nothing a PUT would not assume; a map keyed by resource ids keeps its entries. */
  private static boolean dropEmpty(JsonNode node) {
    if (node.isContainerNode()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (dropEmpty(field.getValue()) && !isResourceKey(field.getKey())) {
          fields.remove();
        }
      }
      if (node.isArray()) {
        node.forEach(ResourceNormalizer::dropEmpty);
      }
      return node.isEmpty();
    }
    return false;
  }

  /**
   * A map keyed by resource ids ({@code userAssignedIdentities}) says everything in its keys: a literal id,
   * or a template's expression for one ({@code [resourceId(..)]}).
   */
  private static boolean isResourceKey(String key) {
    return key.startsWith("/") || key.startsWith("[");
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException bug) {
      throw new UncheckedIOException("bug: a default in ArmPropertyFacts is not JSON: " + json, bug);
    }
  }

  private static List<String> append(List<String> path, String name) {
    List<String> longer = new ArrayList<>(path);
    longer.add(name);
    return longer;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
