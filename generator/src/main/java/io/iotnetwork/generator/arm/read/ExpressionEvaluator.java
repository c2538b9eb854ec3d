package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.arm.read.TemplateExpression.Call;
import io.iotnetwork.generator.arm.read.TemplateExpression.Index;
import io.iotnetwork.generator.arm.read.TemplateExpression.Known;
import io.iotnetwork.generator.arm.read.TemplateExpression.Member;
import io.iotnetwork.generator.arm.read.TemplateExpression.Number;
import io.iotnetwork.generator.arm.read.TemplateExpression.Text;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates what a template's expressions say without a deployment: parameters and variables, string
 * and logic functions, {@code resourceId(..)} and the deployment's scope where it is known. What
 * only a deployment knows ({@code reference(..)}, {@code guid(..)}, {@code uniqueString(..)},
 * {@code environment()}) stays an expression, its arguments resolved, so two templates that say
 * the same thing print the same text.
 */
final class ExpressionEvaluator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final TemplateParameters parameters;
  private final Map<String, JsonNode> variables;
  private final ResourceScope scope;

  ExpressionEvaluator(TemplateParameters parameters, Map<String, JsonNode> variables, ResourceScope scope) {
    this.parameters = parameters;
    this.variables = variables;
    this.scope = scope;
  }

  /** Every string in {@code value} that is an expression, evaluated; a literal {@code [[..} unescaped. */
  JsonNode resolve(JsonNode value) {
    if (value.isTextual()) {
      return resolveText(value.asText());
    }
    if (value.isObject()) {
      ObjectNode resolved = NODES.objectNode();
      value.fields().forEachRemaining(field -> resolved.set(resolveText(field.getKey()).asText(), resolve(field.getValue())));
      return resolved;
    }
    if (value.isArray()) {
      ArrayNode resolved = NODES.arrayNode();
      value.forEach(item -> resolved.add(resolve(item)));
      return resolved;
    }
    return value;
  }

  /** Whether {@code text} is an ARM expression (starts with {@code [}, ends with {@code ]}, not {@code [[}). */
  static boolean isExpression(String text) {
    return text.length() >= 2 && text.startsWith("[") && text.endsWith("]") && !text.startsWith("[[");
  }

  private JsonNode resolveText(String text) {
    if (!isExpression(text)) {
      return NODES.textNode(text.startsWith("[[") ? text.substring(1) : text);
    }
    TemplateExpression result = evaluate(TemplateExpression.parse(text.substring(1, text.length() - 1)));
    return result instanceof Known known ? known.value() : NODES.textNode("[" + ExpressionPrinter.print(result) + "]");
  }

  TemplateExpression evaluate(TemplateExpression expression) {
    if (expression instanceof Text text) {
      return new Known(NODES.textNode(text.value()));
    }
    if (expression instanceof Number number) {
      return new Known(NODES.numberNode(number.value()));
    }
    if (expression instanceof Member member) {
      TemplateExpression target = evaluate(member.target());
      if (target instanceof Known known && known.value().isObject()) {
        Optional<JsonNode> field = field(known.value(), member.name());
        if (field.isPresent()) {
          return new Known(field.get());
        }
      }
      return new Member(target, member.name());
    }
    if (expression instanceof Index index) {
      TemplateExpression target = evaluate(index.target());
      TemplateExpression at = evaluate(index.index());
      if (target instanceof Known list && at instanceof Known key) {
        if (list.value().isArray() && key.value().canConvertToInt() && key.value().isNumber()) {
          JsonNode item = list.value().get(key.value().asInt());
          if (item != null) {
            return new Known(item);
          }
        } else if (list.value().isObject()) {
          Optional<JsonNode> field = field(list.value(), key.value().asText());
          if (field.isPresent()) {
            return new Known(field.get());
          }
        }
      }
      return new Index(target, at);
    }
    if (expression instanceof Call call) {
      return call(call);
    }
    return expression;
  }

  private TemplateExpression call(Call call) {
    String function = call.name().toLowerCase(Locale.ROOT);
    if (function.equals("parameters")) {
      return parameter(call);
    }
    if (function.equals("variables")) {
      TemplateExpression name = evaluate(call.arguments().get(0));
      if (name instanceof Known known) {
        Optional<JsonNode> raw = field(toObject(variables), known.value().asText());
        if (raw.isPresent()) {
          return new Known(resolve(raw.get()));
        }
      }
      return new Call(call.name(), List.of(name));
    }
    List<TemplateExpression> arguments = new ArrayList<>();
    call.arguments().forEach(argument -> arguments.add(evaluate(argument)));
    Optional<JsonNode> value = arguments.stream().allMatch(Known.class::isInstance)
        ? StaticFunctions.apply(function, arguments.stream().map(argument -> ((Known) argument).value()).toList(), scope)
        : Optional.empty();
    return value.<TemplateExpression>map(Known::new).orElseGet(() -> new Call(call.name(), arguments));
  }

  private TemplateExpression parameter(Call call) {
    TemplateExpression name = evaluate(call.arguments().get(0));
    if (name instanceof Known known) {
      Optional<JsonNode> value = parameters.value(known.value().asText());
      if (value.isPresent()) {
        return new Known(resolve(value.get()));
      }
    }
    return new Call(call.name(), List.of(name));
  }

  private static ObjectNode toObject(Map<String, JsonNode> values) {
    ObjectNode object = NODES.objectNode();
    values.forEach(object::set);
    return object;
  }

  /** A field of {@code object} by name, ignoring case as ARM does. */
  static Optional<JsonNode> field(JsonNode object, String name) {
    if (object.has(name)) {
      return Optional.of(object.get(name));
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String candidate = names.next();
      if (candidate.equalsIgnoreCase(name)) {
        return Optional.of(object.get(candidate));
      }
    }
    return Optional.empty();
  }
}
