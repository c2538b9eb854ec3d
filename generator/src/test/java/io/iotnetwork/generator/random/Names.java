package io.iotnetwork.generator.random;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names that every rule and schema accepts, drawn from safe alphabets, with the occasional edge of
 * the allowed length or case. A {@link Scope} hands out each name once, ignoring case as Azure does.
 */
final class Names {
  private static final List<String> WORDS = List.of("contoso", "fabrikam", "factory", "berlin", "telemetry",
      "alerts", "orders", "plant", "edge", "fleet", "ops", "sensors", "north", "lifecycle", "archive", "twins");
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String LOWER_DIGITS = LOWER + "0123456789";
  private static final String ROUTING_CHARS = LOWER_DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ-._";
  private static final String IP_RULE_CHARS = ROUTING_CHARS + ":+%#*?!(),=@;'";

  private final Draw draw;

  Names(Draw draw) {
    this.draw = draw;
  }

  /** A fresh set of taken names, e.g. one per hub for its endpoint names. */
  Scope scope() {
    return new Scope();
  }

  /** Hands out names unique within it. */
  final class Scope {
    private final Set<String> taken = new HashSet<>();

    /** A name from {@code candidates} not taken yet (ignoring case); then taken. */
    String unique(Supplier<String> candidates) {
      for (int attempt = 0; ; attempt++) {
        String name = attempt < 20 ? candidates.get() : candidates.get() + attempt;
        if (taken.add(name.toLowerCase(Locale.ROOT))) {
          return name;
        }
      }
    }

    /** Marks {@code name} as taken. */
    void take(String name) {
      taken.add(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A word, e.g. {@code factory}. */
  String word() {
    return draw.pick(WORDS);
  }

  /** {@code prefix-word-nn}, the usual shape of an Azure name. */
  String dashed(String prefix) {
    return prefix + "-" + word() + "-" + draw.between(1, 99);
  }

  /** An IoT hub name: 3-50 letters, digits and hyphens, sometimes capitalised or as short or long as allowed. */
  String hub() {
    return switch (draw.between(0, 9)) {
      case 0 -> draw.chars(LOWER, 1) + draw.chars(LOWER_DIGITS, 2);
      case 1 -> padded("hub-" + word() + "-", 50);
      case 2 -> "Hub-" + capitalised(word()) + "-" + draw.between(1, 99);
      default -> dashed("hub");
    };
  }

  /** A storage account name: 3-24 lowercase letters and digits. */
  String storageAccount() {
    return switch (draw.between(0, 7)) {
      case 0 -> draw.chars(LOWER, 3);
      case 1 -> padded("st" + word(), 24);
      default -> "st" + word() + draw.between(1, 999);
    };
  }

  /** An Event Hubs namespace name: 8-50 letters, digits and hyphens, from a letter to a letter or digit. */
  String eventHubsNamespace() {
    return switch (draw.between(0, 7)) {
      case 0 -> "evh" + draw.chars(LOWER_DIGITS, 5);
      case 1 -> padded("evhns-" + word() + "-", 50);
      default -> dashed("evhns");
    };
  }

  /** A blob container name of at most {@code maxLength} (3-63) lowercase letters, digits and single hyphens. */
  String container(int maxLength) {
    String name = switch (draw.between(0, 5)) {
      case 0 -> draw.chars(LOWER_DIGITS, 3);
      case 1 -> padded(word() + "-", maxLength);
      default -> word() + "-" + draw.between(1, 99);
    };
    return name.length() <= maxLength ? name : draw.chars(LOWER_DIGITS, Math.min(maxLength, 8));
  }

  /** A routing endpoint or route name: 1-64 of {@code [A-Za-z0-9-._]}, sometimes unusual. */
  String routing() {
    return switch (draw.between(0, 7)) {
      case 0 -> draw.chars(ROUTING_CHARS.substring(0, 36), 1);
      case 1 -> draw.chars(ROUTING_CHARS, draw.between(2, 64));
      case 2 -> capitalised(word()) + "." + word() + "_" + draw.between(1, 9);
      default -> word() + "-" + word();
    };
  }

  /** An IP filter rule name: 1-128 of the characters the service allows. */
  String ipRule() {
    return draw.chance(0.2) ? draw.chars(IP_RULE_CHARS, draw.between(1, 128)) : dashed("allow");
  }

  /** The same name in another case, which Azure takes for the same. */
  static String recased(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.equals(name) ? name.toLowerCase(Locale.ROOT) : upper;
  }

  private String padded(String start, int length) {
    return start + draw.chars(LOWER_DIGITS, length - start.length());
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
