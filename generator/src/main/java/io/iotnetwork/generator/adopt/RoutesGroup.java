package io.iotnetwork.generator.adopt;

import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * {@code routing.routes[]} ({@code defineRoute(..)}) and {@code routing.fallbackRoute}: {@code $fallback} to
 * {@code events} with the hub's {@code withFallbackRoute..} calls, any other name or endpoint with
 * {@code defineFallbackRoute(..)}; one from another source or to an endpoint the definition does not state is
 * reported as unexpressed. An absent fallback route is a disabled one (facts §11).
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
    childRoute(context, endpoint, AdoptionContext.takeText(route, "condition").filter(condition -> !condition.equals("true")),
        AdoptionContext.take(route, "isEnabled").map(JsonNode::asBoolean).orElse(true));
  }

  /** A route's or a defined fallback route's calls after its source: endpoint, condition, enabled, attach. */
  private static void childRoute(AdoptionContext context, String endpoint, Optional<String> condition, boolean enabled) {
    context.childCall(endpoint.equals(BUILT_IN) ? "toBuiltInEndpoint" : "toEndpoint",
        endpoint.equals(BUILT_IN) ? new JavaCode[0] : new JavaCode[] {JavaCode.string(endpoint)});
    condition.ifPresent(text -> context.childCall("withCondition", JavaCode.string(text)));
    if (!enabled) {
      context.childCall("disabled");
    }
    context.childCall("attach");
  }

  private void fallback(AdoptionContext context) {
    Optional<ObjectNode> fallback = context.object("properties", "routing", "fallbackRoute");
    if (fallback.isEmpty()) {
      context.hubCall("withFallbackRouteDisabled");
      context.note(AdoptionNote.Kind.NOT_RESTATED, "$.properties.routing.fallbackRoute", "the export has no fallback"
          + " route, so it is disabled in Azure; the definition states .withFallbackRouteDisabled()");
      return;
    }
    ObjectNode route = fallback.get();
    JsonNode names = route.path("endpointNames");
    String name = route.path("name").asText(FALLBACK_NAME);
    String endpoint = names.size() == 1 ? names.get(0).asText() : "";
    if (!route.path("source").asText("DeviceMessages").equalsIgnoreCase("DeviceMessages")
        || !endpoint.equals(BUILT_IN) && !endpoints.contains(endpoint)) {
      return; // a fallback route the DSL cannot state (another source, several or unknown endpoints): unexpressed
    }
    for (String consumed : new String[] {"name", "source", "endpointNames"}) {
      route.remove(consumed);
    }
    Optional<String> condition = AdoptionContext.takeText(route, "condition").filter(text -> !text.equals("true"));
    boolean enabled = AdoptionContext.take(route, "isEnabled").map(JsonNode::asBoolean).orElse(false);
    if (name.equals(FALLBACK_NAME) && endpoint.equals(BUILT_IN)) {
      condition.ifPresent(text -> context.hubCall("withFallbackRouteCondition", JavaCode.string(text)));
      if (!enabled) {
        context.hubCall("withFallbackRouteDisabled");
      }
      return;
    }
    context.hubCall("defineFallbackRoute", JavaCode.string(name));
    childRoute(context, endpoint, condition, enabled);
  }
}
