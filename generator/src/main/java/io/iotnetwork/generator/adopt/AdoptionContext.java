package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ExportedSecret;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The state of one adoption: the export, the hub's body still to be stated (each {@link PropertyGroup}
 * takes what it states), the calls and targets made so far, and the notes.
 */
final class AdoptionContext {
  final ExportReadResult export;
  final ExportedResource hub;
  final ObjectNode remaining;
  final Targets targets;
  final VariableNames variables = new VariableNames();
  private final List<TargetDeclaration> declarations = new ArrayList<>();
  private final List<DslCall> hubCalls = new ArrayList<>();
  private final List<DslCall> networkCalls = new ArrayList<>();
  private final List<AdoptionNote> notes = new ArrayList<>();

  AdoptionContext(ExportReadResult export, ExportedResource hub) {
    this.export = export;
    this.hub = hub;
    this.remaining = hub.body().deepCopy();
    this.targets = new Targets(export, hub, this::note, variables);
  }

  /** Removes and returns the property at {@code path} of the remaining body. */
  Optional<JsonNode> take(String... path) {
    Optional<ObjectNode> parent = object(Arrays.copyOf(path, path.length - 1));
    return parent.map(node -> node.remove(path[path.length - 1]));
  }

  /** The object at {@code path} of the remaining body, live (removing from it takes). */
  Optional<ObjectNode> object(String... path) {
    JsonNode node = remaining;
    for (String name : path) {
      node = node.path(name);
    }
    return node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
  }

  /** The array at {@code path} of the remaining body, live. */
  Optional<ArrayNode> array(String... path) {
    Optional<ObjectNode> parent = object(Arrays.copyOf(path, path.length - 1));
    JsonNode node = parent.map(object -> object.path(path[path.length - 1])).orElse(null);
    return node != null && node.isArray() ? Optional.of((ArrayNode) node) : Optional.empty();
  }

  /** Removes and returns field {@code name} of {@code item}, a live part of the remaining body. */
  static Optional<JsonNode> take(ObjectNode item, String name) {
    return Optional.ofNullable(item.remove(name));
  }

  /** Text field {@code name} of {@code item}, left in place. */
  static Optional<String> text(ObjectNode item, String name) {
    return item.path(name).isTextual() ? Optional.of(item.get(name).asText()) : Optional.empty();
  }

  /**
   * Whether endpoint {@code item} authenticates with a user-assigned identity, taking its {@code identity}: only
   * the hub's first one, which {@code withIdentity(IdentityKind.USER_ASSIGNED)} uses; another stays in the body,
   * reported as unexpressed, never silently replaced.
   */
  boolean takeUserAssignedIdentity(ObjectNode item) {
    JsonNode identity = item.path("identity");
    if (!identity.path("userAssignedIdentity").isTextual()) {
      item.remove("identity");
      return false;
    }
    String named = identity.get("userAssignedIdentity").asText();
    Iterator<String> ids = hub.body().path("identity").path("userAssignedIdentities").fieldNames();
    if (!ids.hasNext() || !sameResource(ids.next(), named)) {
      return false;
    }
    item.remove("identity");
    return true;
  }

  /** Whether two references name the same resource: the same text, or the same type, name and group. */
  private static boolean sameResource(String one, String other) {
    if (one.equalsIgnoreCase(other)) {
      return true;
    }
    Optional<ArmReference> first = ArmReference.parse(one);
    Optional<ArmReference> second = ArmReference.parse(other);
    return first.isPresent() && second.isPresent() && first.get().isA(second.get().type())
        && first.get().leafName().equalsIgnoreCase(second.get().leafName())
        && first.get().resourceGroup().map(group -> group.toLowerCase(Locale.ROOT))
            .equals(second.get().resourceGroup().map(group -> group.toLowerCase(Locale.ROOT)));
  }

  /** Removes and returns text field {@code name} of {@code item}. */
  static Optional<String> takeText(ObjectNode item, String name) {
    return take(item, name).filter(JsonNode::isValueNode).map(JsonNode::asText);
  }

  /** The secret the export held at JSON pointer {@code pointer} of the hub's body. */
  Optional<ExportedSecret> secret(String pointer) {
    return hub.secrets().stream().filter(secret -> secret.path().equals(pointer)).findFirst();
  }

  /** The other resources of the export of {@code type}. */
  List<ExportedResource> resources(String type) {
    return export.resources().stream().filter(resource -> resource.isA(type)).toList();
  }

  /** Adds a call to the hub's chain. */
  void hubCall(String method, JavaCode... arguments) {
    hubCalls.add(new DslCall(0, method, List.of(arguments)));
  }

  /** Adds a call inside a child of the hub (between its {@code define..} and {@code attach()}). */
  void childCall(String method, JavaCode... arguments) {
    hubCalls.add(new DslCall(1, method, List.of(arguments)));
  }

  /** Adds a call to the network's chain. */
  void networkCall(String method, JavaCode... arguments) {
    networkCalls.add(new DslCall(0, method, List.of(arguments)));
  }

  /** Declares a local variable (a virtual network) before the targets. */
  void declare(TargetDeclaration declaration) {
    declarations.add(declaration);
  }

  void note(AdoptionNote.Kind kind, String jsonPath, String message) {
    notes.add(new AdoptionNote(kind, jsonPath, message));
  }

  /** Reports every property left in the remaining body as unexpressed, by path. */
  void reportRemaining() {
    prune(remaining);
    if (remaining.isEmpty()) {
      return;
    }
    leaves(remaining, "$", (path, value) -> note(AdoptionNote.Kind.UNEXPRESSED, path,
        "the DSL cannot state this property yet (value " + value + "); the definition leaves it out"));
  }

  AdoptedDefinition result(JavaCode region) {
    List<TargetDeclaration> all = new ArrayList<>(declarations);
    all.addAll(targets.declarations());
    return new AdoptedDefinition(export.file(), hub.name(), region, all, hubCalls, networkCalls, notes);
  }

  /** The JSON path of {@code names} ({@code $.properties.routing}). */
  static String path(String... names) {
    StringBuilder path = new StringBuilder("$");
    for (String name : names) {
      path.append(name.startsWith("[") ? name : name.matches("[A-Za-z0-9_]+") ? "." + name : "['" + name + "']");
    }
    return path.toString();
  }

  private static boolean prune(JsonNode node) {
    if (node.isContainerNode()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (prune(field.getValue()) && !field.getKey().startsWith("/") && !field.getKey().startsWith("[")) {
          fields.remove();
        }
      }
      if (node.isArray()) {
        boolean allEmpty = true;
        for (JsonNode item : node) {
          allEmpty &= prune(item);
        }
        return allEmpty;
      }
      return node.isEmpty();
    }
    return false;
  }

  private static void leaves(JsonNode node, String path, BiConsumer<String, String> sink) {
    if (node.isObject() && !node.isEmpty()) {
      // a map keyed by resource ids keeps its keys: each is a property
      node.fields().forEachRemaining(field -> leaves(field.getValue(),
          field.getKey().matches("[A-Za-z0-9_]+") ? path + "." + field.getKey() : path + "['" + field.getKey() + "']", sink));
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isEmpty() || node.get(i).isValueNode()) {
          leaves(node.get(i), path + "[" + i + "]", sink);
        }
      }
    } else {
      sink.accept(path, node.toString());
    }
  }
}
