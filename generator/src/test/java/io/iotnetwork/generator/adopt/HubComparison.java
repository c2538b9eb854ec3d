package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ExportedSecret;
import io.iotnetwork.generator.arm.read.ResourceScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hub's writable properties as a sorted map from JSON path to value, normalized so that an
 * export and a generated template that mean the same compare equal: both are already read by the
 * reader (read-only properties and Azure's defaults gone); here, only what differs in spelling, not
 * in meaning, is aligned. Each normalization says why.
 */
final class HubComparison {
  private static final Pattern OWN_BLOB = Pattern.compile(
      "^\\[format\\('https://\\{0\\}\\.blob\\.\\{1\\}/', '([^']+)', environment\\(\\)\\.suffixes\\.storage\\)\\]$");
  private static final Pattern ENDPOINT_SECRET = Pattern.compile("^/properties/routing/endpoints/[A-Za-z]+/\\d+/connectionString$");
  private static final Pattern ENTITY_PATH = Pattern.compile("(?i)(?:^|;)\\s*EntityPath\\s*=\\s*([^;]+)");
  private static final Pattern ENDPOINT_ITEM = Pattern.compile("^\\$\\.properties\\.routing\\.endpoints\\.[A-Za-z]+\\[\\d+\\]");

  private HubComparison() {}

  /**
   * The hub's properties by path, leaving out every path under one of {@code excluded}; {@code scope}
   * is where the exported hub lives (the same for both sides of a comparison).
   */
  static Map<String, String> of(ExportedResource hub, List<String> excluded, ResourceScope scope) {
    Map<String, String> flat = new TreeMap<>();
    flatten(hub.body(), "$", flat);
    // a key-based endpoint may name its entity only in its connection string (EntityPath=), which the DSL states
    for (ExportedSecret secret : hub.secrets()) {
      Matcher entity = ENTITY_PATH.matcher(secret.withoutKeys().orElse(""));
      if (ENDPOINT_SECRET.matcher(secret.path()).matches() && entity.find()) {
        String item = "$" + secret.path().replaceAll("/(\\d+)/", "[$1].").replace("/", ".")
            .replace(".connectionString", "");
        flat.putIfAbsent(item + ".entityPath", entity.group(1).strip().toLowerCase(Locale.ROOT));
      }
    }
    flat.keySet().removeIf(path -> excluded.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + ".")
        || path.startsWith(prefix + "[")));
    // absent publicNetworkAccess is Enabled (the service's default); the DSL writes it always
    flat.putIfAbsent("$.properties.publicNetworkAccess", "enabled");
    // Azure assigns endpoint ids; subscriptionId and resourceGroup name the target, which the definition holds by
    // resource id, and are only written for a target outside the deployment's group
    flat.entrySet().removeIf(entry -> ENDPOINT_ITEM.matcher(entry.getKey()).find() && (entry.getKey().endsWith(".id")
        || entry.getKey().endsWith(".subscriptionId") && (scope.subscriptionId().isEmpty()
            || scope.subscriptionId().get().equalsIgnoreCase(entry.getValue()))
        || entry.getKey().endsWith(".resourceGroup") && (scope.resourceGroup().isEmpty()
            || scope.resourceGroup().get().equalsIgnoreCase(entry.getValue()))));
    // an endpoint without authenticationType is key-based (the service's default)
    List.copyOf(flat.keySet()).stream().filter(path -> path.endsWith(".name") && ENDPOINT_ITEM.matcher(path).find())
        .forEach(name -> flat.putIfAbsent(name.substring(0, name.length() - ".name".length()) + ".authenticationType",
            "keybased"));
    // identity-based file upload: the connection string's value is undocumented (facts §1); ours is the blob URL
    if ("identitybased".equals(flat.get("$.properties.storageEndpoints['$default'].authenticationType"))) {
      flat.remove("$.properties.storageEndpoints['$default'].connectionString");
    }
    return flat;
  }

  private static void flatten(JsonNode node, String path, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> flatten(field.getValue(),
          field.getKey().matches("[A-Za-z0-9_]+") ? path + "." + field.getKey() : path + "['" + field.getKey() + "']", flat));
      if (node.isEmpty()) {
        flat.put(path, "{}");
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), path + "[" + i + "]", flat);
      }
    } else {
      flat.put(path, value(node));
    }
  }

  /** Values without case (Azure compares its enums so), URIs without a final slash, our blob host written out. */
  private static String value(JsonNode node) {
    String text = node.asText();
    Matcher blob = OWN_BLOB.matcher(text);
    if (blob.matches()) {
      text = "https://" + blob.group(1) + ".blob.core.windows.net";
    }
    if (text.matches("(?i)^(sb|https)://.*/$")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.toLowerCase(Locale.ROOT);
  }
}
