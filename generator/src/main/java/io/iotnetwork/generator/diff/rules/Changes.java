package io.iotnetwork.generator.diff.rules;

import io.iotnetwork.generator.diff.Classification;
import io.iotnetwork.generator.diff.PropertyChange;
import io.iotnetwork.generator.diff.RiskClass;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the risk rules ask of a change, in one place. */
final class Changes {
  static final String HUB = "Microsoft.Devices/IotHubs";

  private Changes() {}

  /** Whether the property now reads {@code value} (ignoring case), having read something else or nothing. */
  static boolean became(PropertyChange change, String value) {
    return change.after().isPresent() && change.afterText().equalsIgnoreCase(value) && !change.beforeText().equalsIgnoreCase(value);
  }

  /** Whether a boolean property went from true to false or to absent (absent is false for these flags). */
  static boolean turnedOff(PropertyChange change) {
    return change.before().map(value -> value.asBoolean(false)).orElse(false)
        && !change.after().map(value -> value.asBoolean(false)).orElse(false);
  }

  /** Whether a boolean property went from false or absent to true. */
  static boolean turnedOn(PropertyChange change) {
    return !change.before().map(value -> value.asBoolean(false)).orElse(false)
        && change.after().map(value -> value.asBoolean(false)).orElse(false);
  }

  /**
   * The items of every list named {@code list} inside {@code value}, which stands at the end of
   * {@code change}'s path: a change that adds or removes a whole subtree holds its lists whole.
   */
  static List<JsonNode> itemsOf(PropertyChange change, JsonNode value, String list) {
    List<JsonNode> items = new ArrayList<>();
    if (change.endsWith(list) && value.isArray()) {
      value.forEach(items::add);
    } else {
      collect(value, list, items);
    }
    return items;
  }

  private static void collect(JsonNode value, String list, List<JsonNode> items) {
    value.fields().forEachRemaining(field -> {
      if (field.getKey().equalsIgnoreCase(list) && field.getValue().isArray()) {
        field.getValue().forEach(items::add);
      } else if (field.getValue().isContainerNode()) {
        collect(field.getValue(), list, items);
      }
    });
  }

  static Optional<Classification> verdict(RiskClass riskClass, String ruleId, String reason) {
    return Optional.of(new Classification(riskClass, ruleId, reason));
  }

  /** {@code 'x'} or {@code (absent)} for messages. */
  static String shown(Optional<JsonNode> value) {
    return PropertyChange.describe(value);
  }
}
