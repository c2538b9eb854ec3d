package io.iotnetwork.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The property changes between two normalized resource bodies. Property names compare without
 * case, as ARM's do; so do values Azure treats without case (enumerations, locations, resource
 * ids). A list of named items ({@code name}, {@code filterName}, {@code keyName}, {@code key}) is
 * compared item by item by that name, so reordering is no change; a list of plain values is
 * compared as a set; any other list by position. A subtree that appears or disappears is one
 * change, not one per leaf.
 */
final class PropertyDiff {
  private static final List<String> ITEM_KEYS = List.of("name", "filterName", "keyName", "key");
  private static final Set<String> CASE_INSENSITIVE = Set.of("location", "type", "action", "defaultaction",
      "publicnetworkaccess", "authenticationtype", "source", "encoding", "features", "bypass", "principaltype",
      "kind", "tier", "groupids", "status");

  private PropertyDiff() {}

  static List<PropertyChange> compare(JsonNode before, JsonNode after) {
    List<PropertyChange> changes = new ArrayList<>();
    compare(before, after, new ArrayList<>(), changes);
    return changes;
  }

  private static void compare(JsonNode before, JsonNode after, List<String> path, List<PropertyChange> changes) {
    if (before.isObject() && after.isObject()) {
      compareObjects(before, after, path, changes);
    } else if (before.isArray() && after.isArray()) {
      compareArrays(before, after, path, changes);
    } else if (!sameValue(before, after, path)) {
      changes.add(change(path, PropertyChange.Kind.CHANGED, Optional.of(before), Optional.of(after)));
    }
  }

  private static void compareObjects(JsonNode before, JsonNode after, List<String> path, List<PropertyChange> changes) {
    Map<String, String> names = new LinkedHashMap<>();
    before.fieldNames().forEachRemaining(name -> names.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
    after.fieldNames().forEachRemaining(name -> names.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
    for (String name : names.values()) {
      compareItem(field(before, name), field(after, name), append(path, name), changes);
    }
  }

  private static void compareArrays(JsonNode before, JsonNode after, List<String> path, List<PropertyChange> changes) {
    Optional<String> itemKey = itemKey(before, after);
    if (itemKey.isPresent()) {
      Map<String, JsonNode> old = keyed(before, itemKey.get());
      Map<String, JsonNode> now = keyed(after, itemKey.get());
      Set<String> keys = new LinkedHashSet<>(old.keySet());
      keys.addAll(now.keySet());
      for (String key : keys) {
        List<String> child = append(path, "[" + itemKey.get() + "=" + displayKey(before, after, itemKey.get(), key) + "]");
        compareItem(Optional.ofNullable(old.get(key)), Optional.ofNullable(now.get(key)), child, changes);
      }
    } else if (allScalars(before) && allScalars(after)) {
      Map<String, JsonNode> old = scalars(before, path);
      Map<String, JsonNode> now = scalars(after, path);
      old.forEach((key, value) -> {
        if (!now.containsKey(key)) {
          changes.add(change(append(path, "[" + value.asText() + "]"), PropertyChange.Kind.REMOVED, Optional.of(value), Optional.empty()));
        }
      });
      now.forEach((key, value) -> {
        if (!old.containsKey(key)) {
          changes.add(change(append(path, "[" + value.asText() + "]"), PropertyChange.Kind.ADDED, Optional.empty(), Optional.of(value)));
        }
      });
    } else {
      for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
        compareItem(Optional.ofNullable(before.get(i)), Optional.ofNullable(after.get(i)), append(path, "[" + i + "]"), changes);
      }
    }
  }

  private static void compareItem(Optional<JsonNode> old, Optional<JsonNode> now, List<String> path, List<PropertyChange> changes) {
    if (old.isEmpty()) {
      changes.add(change(path, PropertyChange.Kind.ADDED, Optional.empty(), now));
    } else if (now.isEmpty()) {
      changes.add(change(path, PropertyChange.Kind.REMOVED, old, Optional.empty()));
    } else {
      compare(old.get(), now.get(), path, changes);
    }
  }

  /** The field that names every item of both lists, uniquely, if there is one. */
  private static Optional<String> itemKey(JsonNode before, JsonNode after) {
    for (String key : ITEM_KEYS) {
      if (namesEveryItem(before, key) && namesEveryItem(after, key) && (before.size() + after.size() > 0)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  private static boolean namesEveryItem(JsonNode list, String key) {
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode item : list) {
      if (!item.isObject() || !item.path(key).isTextual() || !seen.add(item.get(key).asText().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, JsonNode> keyed(JsonNode list, String key) {
    Map<String, JsonNode> items = new LinkedHashMap<>();
    list.forEach(item -> items.put(item.get(key).asText().toLowerCase(Locale.ROOT), item));
    return items;
  }

  private static String displayKey(JsonNode before, JsonNode after, String field, String key) {
    for (JsonNode list : List.of(after, before)) {
      for (JsonNode item : list) {
        if (item.get(field).asText().equalsIgnoreCase(key)) {
          return item.get(field).asText();
        }
      }
    }
    return key;
  }

  private static boolean allScalars(JsonNode list) {
    for (JsonNode item : list) {
      if (item.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, JsonNode> scalars(JsonNode list, List<String> path) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    boolean ignoreCase = ignoresCase(path);
    list.forEach(item -> values.put(ignoreCase ? item.asText().toLowerCase(Locale.ROOT) : item.asText(), item));
    return values;
  }

  private static boolean sameValue(JsonNode before, JsonNode after, List<String> path) {
    if (before.isNumber() && after.isNumber()) {
      return before.decimalValue().compareTo(after.decimalValue()) == 0;
    }
    if (before.isTextual() && after.isTextual()) {
      return before.asText().equals(after.asText())
          || ignoresCase(path) && before.asText().equalsIgnoreCase(after.asText())
          || before.asText().startsWith("/subscriptions/") && before.asText().equalsIgnoreCase(after.asText());
    }
    return before.equals(after);
  }

  private static boolean ignoresCase(List<String> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      String name = PathSegments.name(path.get(i));
      if (!name.equals("[]")) {
        String lower = name.toLowerCase(Locale.ROOT);
        return CASE_INSENSITIVE.contains(lower) || lower.endsWith("id");
      }
    }
    return false;
  }

  private static Optional<JsonNode> field(JsonNode object, String name) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String candidate = names.next();
      if (candidate.equalsIgnoreCase(name)) {
        return Optional.of(object.get(candidate));
      }
    }
    return Optional.empty();
  }

  private static List<String> append(List<String> path, String segment) {
    List<String> longer = new ArrayList<>(path);
    longer.add(segment);
    return longer;
  }

  private static PropertyChange change(List<String> path, PropertyChange.Kind kind, Optional<JsonNode> before,
      Optional<JsonNode> after) {
    return new PropertyChange(PathSegments.join(path), path, kind, before, after);
  }
}
