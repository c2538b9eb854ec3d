package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code routing.enrichments[]} ({@code defineEnrichment(key, value).toEndpoints(..)}). */
final class EnrichmentsGroup implements PropertyGroup {
  private final Set<String> endpoints;

  /** {@code endpoints} holds the names of the custom endpoints the definition states. */
  EnrichmentsGroup(Set<String> endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public void adopt(AdoptionContext context) {
    Optional<ArrayNode> enrichments = context.array("properties", "routing", "enrichments");
    for (int i = 0; enrichments.isPresent() && i < enrichments.get().size(); i++) {
      ObjectNode enrichment = (ObjectNode) enrichments.get().get(i);
      List<JavaCode> names = new ArrayList<>();
      for (JsonNode name : enrichment.path("endpointNames")) {
        if (!name.asText().equals("events") && !endpoints.contains(name.asText())) {
          names.clear();
          break;
        }
        names.add(JavaCode.string(name.asText()));
      }
      if (names.isEmpty() || !enrichment.has("key") || !enrichment.has("value")) {
        continue;
      }
      context.hubCall("defineEnrichment", JavaCode.string(enrichment.remove("key").asText()),
          JavaCode.string(enrichment.remove("value").asText()));
      enrichment.remove("endpointNames");
      context.childCall("toEndpoints", names.toArray(JavaCode[]::new));
      context.childCall("attach");
    }
  }
}
