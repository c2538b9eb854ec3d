package io.iotnetwork.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Edits of a normalized resource set, to make the proposed side of a fixture pair. */
final class Edits {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Edits() {}

  /** A copy of {@code resources} with the first resource of {@code type} edited by {@code edit}. */
  static List<ExportedResource> edit(List<ExportedResource> resources, String type, Consumer<ObjectNode> edit) {
    return edit(resources, resource -> resource.isA(type), edit);
  }

  static List<ExportedResource> edit(List<ExportedResource> resources, Predicate<ExportedResource> which,
      Consumer<ObjectNode> edit) {
    List<ExportedResource> edited = new ArrayList<>();
    boolean done = false;
    for (ExportedResource resource : resources) {
      if (!done && which.test(resource)) {
        ObjectNode body = resource.body().deepCopy();
        edit.accept(body);
        edited.add(new ExportedResource(resource.type(), resource.name(), resource.scope(), resource.apiVersion(), body,
            resource.secrets(), resource.source()));
        done = true;
      } else {
        edited.add(resource);
      }
    }
    if (!done) {
      throw new AssertionError("no resource to edit");
    }
    return edited;
  }

  /** A copy without the first resource of {@code type}. */
  static List<ExportedResource> without(List<ExportedResource> resources, String type) {
    List<ExportedResource> kept = new ArrayList<>(resources);
    kept.remove(kept.stream().filter(resource -> resource.isA(type)).findFirst().orElseThrow());
    return kept;
  }

  /** The object at {@code pointer}, created with its parents when missing. */
  static ObjectNode object(ObjectNode body, String pointer) {
    ObjectNode at = body;
    for (String name : pointer.substring(1).split("/")) {
      at = at.has(name) ? (ObjectNode) at.get(name) : at.putObject(name);
    }
    return at;
  }

  /** The array at {@code pointer}, created when missing. */
  static ArrayNode array(ObjectNode body, String pointer) {
    int last = pointer.lastIndexOf('/');
    ObjectNode parent = last == 0 ? body : object(body, pointer.substring(0, last));
    String name = pointer.substring(last + 1);
    return parent.has(name) ? (ArrayNode) parent.get(name) : parent.putArray(name);
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException bad) {
      throw new AssertionError(bad);
    }
  }
}
