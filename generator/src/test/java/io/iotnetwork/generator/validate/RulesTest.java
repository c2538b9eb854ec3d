package io.iotnetwork.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.validate.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule fires on its failing definition, at the right path, and stays quiet on its passing one. */
class RulesTest {

  static Stream<RuleCase> cases() {
    return Stream.of(IngressRuleCases.all(), EgressRuleCases.all(), ExistingHubRuleCases.all(), NamingRuleCases.all(),
        HubSettingsRuleCases.all(), HubModelRuleCases.all()).flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failingDefinitionIsReportedAtItsPath(RuleCase ruleCase) {
    Diagnostics diagnostics = Validator.standard().validate(ruleCase.failing().get());

    assertThat(diagnostics.all())
        .filteredOn(d -> d.ruleId().equals(ruleCase.ruleId()) && d.severity() == ruleCase.severity())
        .extracting(Diagnostic::path)
        .contains(ruleCase.path());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void passingDefinitionHasNoFindingOfThatRule(RuleCase ruleCase) {
    Diagnostics diagnostics = Validator.standard().validate(ruleCase.passing().get());

    assertThat(diagnostics.all())
        .filteredOn(d -> d.ruleId().equals(ruleCase.ruleId()) && d.severity() == ruleCase.severity())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFindingSaysWhatAndHow(RuleCase ruleCase) {
    for (Diagnostic diagnostic : Validator.standard().validate(ruleCase.failing().get()).all()) {
      assertThat(diagnostic.message()).isNotBlank();
      assertThat(diagnostic.hint()).isNotBlank();
      assertThat(diagnostic.render()).startsWith(diagnostic.severity() + " " + diagnostic.ruleId() + " at ");
    }
  }

  @Test
  void everyRuleHasCases() {
    Set<String> covered = cases().map(RuleCase::ruleId).collect(Collectors.toSet());

    assertThat(ruleIds()).allSatisfy(id -> assertThat(covered).contains(id));
  }

  @Test
  void everyRuleIsDocumented() throws IOException {
    String rules = Files.readString(Path.of("..", "docs", "rules.md"));

    assertThat(ruleIds()).allSatisfy(id -> assertThat(rules).contains("\n## `" + id + "`\n"));
  }

  @Test
  void ruleIdsAreUniqueAndKebabCase() {
    List<String> ids = ruleIds();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  private static List<String> ruleIds() {
    return StandardRules.all().stream().map(Rule::id).toList();
  }
}
