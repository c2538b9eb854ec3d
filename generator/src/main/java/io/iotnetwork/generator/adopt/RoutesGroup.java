package io.iotnetwork.generator.adopt;

import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * {@code routing.routes[]} ({@code defineRoute(..)}) and {@code routing.fallbackRoute}: the DSL's
 * fallback route is {@code $fallback} to {@code events}, enabled or not, with a condition; another
 * fallback route is reported as unexpressed. An absent fallback route is a disabled one (facts §11).
 */
final class RoutesGroup implements PropertyGroup {
  private static final String BUILT_IN = "events";
  private static final String FALLBACK_NAME = "$fallback";
  private final Set<String> endpoints;

  /** {@code endpoints} holds the names of the custom endpoints the definition states. */
  RoutesGroup(Set<String> endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public void adopt(AdoptionContext context) {
    Optional<ArrayNode> routes = context.array("properties", "routing", "routes");
    for (int i = 0; routes.isPresent() && i < routes.get().size(); i++) {
      route(context, (ObjectNode) routes.get().get(i));
    }
    fallback(context);
  }

  private void route(AdoptionContext context, ObjectNode route) {
    JsonNode names = route.path("endpointNames");
    String source = route.path("source").asText();
    if (names.size() != 1 || !route.has("name") || !JavaCode.hasConstant(RoutingSource.class, source)) {
      return;
    }
    String endpoint = names.get(0).asText();
    if (!endpoint.equals(BUILT_IN) && !endpoints.contains(endpoint)) {
      return; // its endpoint is unexpressed, so the route stays in the body too
    }
    context.hubCall("defineRoute", JavaCode.string(route.remove("name").asText()));
    route.remove("source");
    route.remove("endpointNames");
    context.childCall("from", JavaCode.constant(RoutingSource.class, source));
    context.childCall(endpoint.equals(BUILT_IN) ? "toBuiltInEndpoint" : "toEndpoint",
        endpoint.equals(BUILT_IN) ? new JavaCode[0] : new JavaCode[] {JavaCode.string(endpoint)});
    AdoptionContext.takeText(route, "condition").filter(condition -> !condition.equals("true"))
        .ifPresent(condition -> context.childCall("withCondition", JavaCode.string(condition)));
    if (!AdoptionContext.take(route, "isEnabled").map(JsonNode::asBoolean).orElse(true)) {
      context.childCall("disabled");
    }
    context.childCall("attach");
  }

  private static void fallback(AdoptionContext context) {
    Optional<ObjectNode> fallback = context.object("properties", "routing", "fallbackRoute");
    if (fallback.isEmpty()) {
      context.hubCall("withFallbackRouteDisabled");
      context.note(AdoptionNote.Kind.NOT_RESTATED, "$.properties.routing.fallbackRoute", "the export has no fallback"
          + " route, so it is disabled in Azure; the definition states .withFallbackRouteDisabled()");
      return;
    }
    ObjectNode route = fallback.get();
    JsonNode names = route.path("endpointNames");
    boolean standard = route.path("name").asText(FALLBACK_NAME).equals(FALLBACK_NAME)
        && route.path("source").asText("DeviceMessages").equalsIgnoreCase("DeviceMessages")
        && names.size() == 1 && names.get(0).asText().equals(BUILT_IN);
    if (!standard) {
      return; // a fallback route the DSL cannot state yet: reported as unexpressed
    }
    for (String consumed : new String[] {"name", "source", "endpointNames"}) {
      route.remove(consumed);
    }
    AdoptionContext.takeText(route, "condition").filter(condition -> !condition.equals("true"))
        .ifPresent(condition -> context.hubCall("withFallbackRouteCondition", JavaCode.string(condition)));
    if (!AdoptionContext.take(route, "isEnabled").map(JsonNode::asBoolean).orElse(false)) {
      context.hubCall("withFallbackRouteDisabled");
    }
  }
}
