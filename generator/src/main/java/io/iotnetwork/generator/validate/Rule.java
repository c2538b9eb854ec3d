package io.iotnetwork.generator.validate;

import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * One validation rule: reports every place a definition breaks it, never throws on user input.
 * Each rule has a stable id and a section in {@code docs/rules.md}. A rule keeps no state between
 * calls: {@link Validator} runs the rules on several threads at once.
 */
public interface Rule {

  /** The rule's id, the {@code ruleId} of its diagnostics. */
  String id();

  /** Every finding of this rule in {@code spec}. */
  Stream<Diagnostic> check(IotNetworkSpec spec);

  /**
   * True when this rule's findings describe how a valid hub deploys: {@link Validator} drops them
   * for a hub that has an error. Default: false.
   */
  default boolean describesHubDeployment() {
    return false;
  }
}
