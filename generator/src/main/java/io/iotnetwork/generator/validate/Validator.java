package io.iotnetwork.generator.validate;

import io.iotnetwork.generator.validate.rules.StandardRules;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

  /**
   * Every finding of every rule, in the rules' order, less the deployment notes of hubs that have an error
   * (see {@link Rule#describesHubDeployment()}); never throws on user input. The rules, which share
   * nothing, run on several threads at once.
   */
  public Diagnostics validate(IotNetworkSpec spec) {
    List<Diagnostic> found = rules.parallelStream().flatMap(rule -> rule.check(spec)).toList();
    Set<String> deploymentNotes = rules.stream().filter(Rule::describesHubDeployment).map(Rule::id)
        .collect(Collectors.toSet());
    List<String> errorPaths = found.stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::path).toList();
    List<String> hubsWithErrors = spec.iotHubs().stream().map(IotHubSpec::path)
        .filter(hub -> errorPaths.stream().anyMatch(path -> isUnder(path, hub))).toList();
    return new Diagnostics(found.stream().filter(d -> !deploymentNotes.contains(d.ruleId())
        || hubsWithErrors.stream().noneMatch(hub -> isUnder(d.path(), hub))).toList());
  }

  /** True when {@code path} is {@code hubPath} or an element inside it. */
  private static boolean isUnder(String path, String hubPath) {
    return path.equals(hubPath) || path.startsWith(hubPath + ".");
  }
}
