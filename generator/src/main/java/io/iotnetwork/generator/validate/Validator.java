package io.iotnetwork.generator.validate;

import io.iotnetwork.generator.validate.rules.StandardRules;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;

/** Runs every rule over a definition and collects all findings at once. */
public final class Validator {
  private final List<Rule> rules;

  /** A validator running {@code rules}. */
  public Validator(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The validator with every rule of {@link StandardRules}. */
  public static Validator standard() {
    return new Validator(StandardRules.all());
  }

  /** The rules this validator runs. */
  public List<Rule> rules() {
    return rules;
  }

  /** Every finding of every rule; never throws on user input. */
  public Diagnostics validate(IotNetworkSpec spec) {
    return new Diagnostics(rules.stream().flatMap(rule -> rule.check(spec)).toList());
  }
}
