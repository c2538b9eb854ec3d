package io.iotnetwork.generator.report.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The resources of a generated ARM template, nested deployments' included, as scanners see them:
 * each with where it is and a resolver for the parameter expressions in it.
 */
public final class TemplateResources {

  /**
   * A resource and its template.
   *
   * @param json      the resource's JSON
   * @param scope     resolves {@code [parameters(..)]} in it
   * @param where     {@code main template} or {@code module modules/<file>.bicep}
   */
  public record Scanned(JsonNode json, ParameterScope scope, String where) {

    /** The resource's type. */
    public String type() {
      return json.path("type").asText();
    }

    /** The value at {@code pointer} with parameter expressions resolved; empty when absent or unresolvable. */
    public Resolved field(String pointer) {
      JsonNode value = json.at(pointer);
      if (value.isMissingNode()) {
        return Resolved.ABSENT;
      }
      return scope.resolve(value).map(Resolved::of).orElse(Resolved.UNRESOLVED);
    }

    /** {@code Microsoft.Devices/IotHubs 'hub' (main template)}, names resolved where possible. */
    public String describe() {
      String name = scope.resolve(json.path("name")).map(JsonNode::asText).orElse(json.path("name").asText());
      return type() + " '" + name + "' (" + where + ")";
    }
  }

  private final List<Scanned> resources = new ArrayList<>();

  /** The resources of {@code template} and of every inline nested template. */
  public TemplateResources(JsonNode template) {
    collect(template, ParameterScope.of(template), "main template");
  }

  private void collect(JsonNode template, ParameterScope scope, String where) {
    for (JsonNode resource : template.path("resources")) {
      resources.add(new Scanned(resource, scope, where));
      JsonNode nested = resource.at("/properties/template");
      if (nested.isObject()) {
        String module = nested.at("/metadata/module").asText();
        String name = module.isEmpty()
            ? "nested deployment " + scope.resolve(resource.path("name")).map(JsonNode::asText)
                .orElse(resource.path("name").asText())
            : "module " + module;
        collect(nested, ParameterScope.nested(nested, resource.at("/properties/parameters"), scope), name);
      }
    }
  }

  /** Every resource of {@code type} (compared case-insensitively), in template order. */
  public List<Scanned> ofType(String type) {
    return resources.stream()
        .filter(resource -> resource.type().toLowerCase(Locale.ROOT).equals(type.toLowerCase(Locale.ROOT)))
        .toList();
  }

  /**
   * A field's value as a scanner reads it.
   *
   * @param state  absent, unresolved or known
   * @param value  the value when known
   */
  public record Resolved(State state, Optional<JsonNode> value) {
    static final Resolved ABSENT = new Resolved(State.ABSENT, Optional.empty());
    static final Resolved UNRESOLVED = new Resolved(State.UNRESOLVED, Optional.empty());

    /** Whether the template holds the field, and whether we could work out its value. */
    public enum State { ABSENT, UNRESOLVED, KNOWN }

    static Resolved of(JsonNode value) {
      return new Resolved(State.KNOWN, Optional.of(value));
    }

    /** The text of a known string value; empty otherwise. */
    public Optional<String> text() {
      return value.filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** How a reason quotes it. */
    public String show() {
      return switch (state) {
        case ABSENT -> "absent";
        case UNRESOLVED -> "an expression that cannot be resolved from the template";
        case KNOWN -> value.get().toString();
      };
    }
  }
}
