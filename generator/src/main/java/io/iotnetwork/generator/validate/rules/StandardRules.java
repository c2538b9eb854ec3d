package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Rule;
import java.util.List;

/** Every rule the generator runs, each documented in {@code docs/rules.md}. */
public final class StandardRules {
  private StandardRules() {}

  /** The rules, in documentation order. */
  public static List<Rule> all() {
    return List.of();
  }
}
