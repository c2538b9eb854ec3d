package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template functions whose result follows from their arguments alone (and the deployment's
 * scope, when known), as Microsoft's template function reference defines them. Any other function
 * gives empty: its call stays an expression.
 */
final class StaticFunctions {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern FORMAT_ITEM = Pattern.compile("\\{(\\d+)\\}");

  private StaticFunctions() {}

  /** The value of {@code function} (lower case) applied to {@code arguments}, when it is known here. */
  static Optional<JsonNode> apply(String function, List<JsonNode> arguments, ResourceScope scope) {
    switch (function) {
      case "concat":
        return Optional.of(concat(arguments));
      case "format":
        return format(arguments);
      case "tolower":
        return Optional.of(NODES.textNode(arguments.get(0).asText().toLowerCase(Locale.ROOT)));
      case "toupper":
        return Optional.of(NODES.textNode(arguments.get(0).asText().toUpperCase(Locale.ROOT)));
      case "string":
        return Optional.of(NODES.textNode(arguments.get(0).isTextual() ? arguments.get(0).asText() : arguments.get(0).toString()));
      case "int":
        return Optional.of(NODES.numberNode(Long.parseLong(arguments.get(0).asText())));
      case "bool":
        return Optional.of(NODES.booleanNode(arguments.get(0).isBoolean() ? arguments.get(0).asBoolean()
            : Boolean.parseBoolean(arguments.get(0).asText())));
      case "true":
        return Optional.of(NODES.booleanNode(true));
      case "false":
        return Optional.of(NODES.booleanNode(false));
      case "not":
        return Optional.of(NODES.booleanNode(!arguments.get(0).asBoolean()));
      case "and":
        return Optional.of(NODES.booleanNode(arguments.stream().allMatch(JsonNode::asBoolean)));
      case "or":
        return Optional.of(NODES.booleanNode(arguments.stream().anyMatch(JsonNode::asBoolean)));
      case "equals":
        return Optional.of(NODES.booleanNode(equal(arguments.get(0), arguments.get(1))));
      case "if":
        return Optional.of(arguments.get(0).asBoolean() ? arguments.get(1) : arguments.get(2));
      case "empty":
        return Optional.of(NODES.booleanNode(arguments.get(0).isContainerNode() ? arguments.get(0).isEmpty()
            : arguments.get(0).asText().isEmpty()));
      case "contains":
        return Optional.of(NODES.booleanNode(contains(arguments.get(0), arguments.get(1))));
      case "createarray":
        return Optional.of(NODES.arrayNode().addAll(arguments));
      case "subscription":
        return scope.subscriptionId().map(id -> NODES.objectNode().put("subscriptionId", id));
      case "resourcegroup":
        return scope.resourceGroup().map(name -> NODES.objectNode().put("name", name));
      case "resourceid":
        return resourceId(arguments, scope);
      default:
        return Optional.empty();
    }
  }

  /** ARM's {@code contains}: an array's item, an object's key (case-insensitive) or a string's substring. */
  private static boolean contains(JsonNode container, JsonNode item) {
    if (container.isArray()) {
      for (JsonNode element : container) {
        if (equal(element, item)) {
          return true;
        }
      }
      return false;
    }
    if (container.isObject()) {
      for (var names = container.fieldNames(); names.hasNext(); ) {
        if (names.next().equalsIgnoreCase(item.asText())) {
          return true;
        }
      }
      return false;
    }
    return container.asText().contains(item.asText());
  }

  private static boolean equal(JsonNode left, JsonNode right) {
    return left.isNumber() && right.isNumber() ? left.decimalValue().compareTo(right.decimalValue()) == 0 : left.equals(right);
  }

  private static JsonNode concat(List<JsonNode> arguments) {
    if (!arguments.isEmpty() && arguments.get(0).isArray()) {
      ArrayNode joined = NODES.arrayNode();
      arguments.forEach(argument -> argument.forEach(joined::add));
      return joined;
    }
    StringBuilder joined = new StringBuilder();
    arguments.forEach(argument -> joined.append(argument.isTextual() ? argument.asText() : argument.toString()));
    return NODES.textNode(joined.toString());
  }

  private static Optional<JsonNode> format(List<JsonNode> arguments) {
    Matcher item = FORMAT_ITEM.matcher(arguments.get(0).asText());
    StringBuilder formatted = new StringBuilder();
    while (item.find()) {
      int index = Integer.parseInt(item.group(1)) + 1;
      if (index >= arguments.size()) {
        return Optional.empty();
      }
      JsonNode argument = arguments.get(index);
      item.appendReplacement(formatted, Matcher.quoteReplacement(argument.isTextual() ? argument.asText() : argument.toString()));
    }
    item.appendTail(formatted);
    return Optional.of(NODES.textNode(formatted.toString()));
  }

  /**
   * {@code resourceId([subscriptionId], [resourceGroupName], resourceType, name1, name2...)}: the
   * type is the first argument with a slash; the scope arguments before it, else the deployment's.
   */
  private static Optional<JsonNode> resourceId(List<JsonNode> arguments, ResourceScope scope) {
    int typeAt = 0;
    while (typeAt < arguments.size() && !arguments.get(typeAt).asText().contains("/")) {
      typeAt++;
    }
    if (typeAt > 2 || typeAt == arguments.size()) {
      return Optional.empty();
    }
    Optional<String> subscription = typeAt == 2 ? Optional.of(arguments.get(0).asText()) : scope.subscriptionId();
    Optional<String> group = typeAt >= 1 ? Optional.of(arguments.get(typeAt - 1).asText()) : scope.resourceGroup();
    if (subscription.isEmpty() || group.isEmpty()) {
      return Optional.empty();
    }
    String[] type = arguments.get(typeAt).asText().split("/");
    List<JsonNode> names = arguments.subList(typeAt + 1, arguments.size());
    if (names.size() != type.length - 1) {
      return Optional.empty();
    }
    StringBuilder id = new StringBuilder("/subscriptions/").append(subscription.get())
        .append("/resourceGroups/").append(group.get()).append("/providers/").append(type[0]);
    for (int i = 0; i < names.size(); i++) {
      id.append('/').append(type[i + 1]).append('/').append(names.get(i).asText());
    }
    return Optional.of(NODES.textNode(id.toString()));
  }

}
