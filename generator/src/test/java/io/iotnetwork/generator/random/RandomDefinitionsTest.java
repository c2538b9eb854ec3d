package io.iotnetwork.generator.random;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests over random definitions ({@link RandomDefinitions}), valid and broken, from
 * consecutive seeds ({@link RandomSeeds}). A failure names its seed and how to replay it.
 */
class RandomDefinitionsTest {
  private static final int COUNT = RandomSeeds.count("random.count", 1000);
  private static final int FAILURES_SHOWN = 5;

  @BeforeAll
  static void announce() {
    System.out.println("RandomDefinitionsTest: base seed " + RandomSeeds.base() + ", " + COUNT + " valid and " + COUNT
        + " broken definitions (replay one seed with -Drandom.seed=<seed> -Drandom.count=1)");
  }

  @Test
  void validDefinitionsGenerateWithoutErrorsTheSameBytesPlannedDependenciesAndNoSecrets() {
    forEverySeed("valid", RandomDefinitionsTest::checkValid);
  }

  @Test
  void brokenDefinitionsGetAnErrorForEveryMistakeAndNoFiles() {
    forEverySeed("broken", RandomDefinitionsTest::checkBroken);
  }

  private static void checkValid(long seed) {
    IotNetworkSpec spec = RandomDefinitions.valid(seed);
    GenerationResult result = generate(seed, spec);
    String what = "valid definition '" + spec.id() + "'";
    assertThat(result.diagnostics().all()).as("%s: internal-schema-violation is always a generator bug:%n%s", what,
        result.diagnostics().render()).noneMatch(d -> d.ruleId().equals("internal-schema-violation"));
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR))
        .as("%s has errors (a generator defect, or a RandomDefinitions one):%n%s", what, result.diagnostics().render())
        .isEmpty();
    wellFormed(result.diagnostics(), what);
    GeneratedFiles files = result.files().orElseThrow();

    IotNetworkSpec again = RandomDefinitions.valid(seed);
    assertThat(again).as("RandomDefinitions.valid(%d) twice", seed).isEqualTo(spec);
    GeneratedFiles second = generate(seed, again).files().orElseThrow();
    assertThat(second.files().keySet()).as("%s: files of a second generation", what).isEqualTo(files.files().keySet());
    files.files().forEach((path, bytes) ->
        assertThat(second.files().get(path)).as("%s: %s of a second generation", what, path).isEqualTo(bytes));

    OutputChecks.dependenciesResolveWithoutCycles(Planner.plan(spec));
    OutputChecks.secretsOnlyAsSecureParameters(spec, files);
    OutputChecks.noResourceDeclaredTwice(files);
  }

  private static void checkBroken(long seed) {
    RandomDefinitions.Broken broken = RandomDefinitions.broken(seed);
    GenerationResult result = generate(seed, broken.spec());
    String what = "broken definition '" + broken.spec().id() + "' with " + broken.mistakes();
    Set<String> errors = result.diagnostics().ofSeverity(Severity.ERROR).stream().map(Diagnostic::ruleId)
        .collect(Collectors.toSet());
    assertThat(errors).as("%s: errors", what).isNotEmpty();
    assertThat(result.files()).as("%s: files", what).isEmpty();
    broken.mistakes().forEach(mistake -> assertThat(errors)
        .as("%s: no %s error for %s; got:%n%s", what, mistake.ruleId(), mistake, result.diagnostics().render())
        .contains(mistake.ruleId()));
    wellFormed(result.diagnostics(), what);
  }

  /** Generates, turning an exception (always a generator bug) into a failure that names the seed. */
  private static GenerationResult generate(long seed, IotNetworkSpec spec) {
    try {
      return Generator.generate(spec);
    } catch (RuntimeException e) {
      throw new AssertionError("Generator.generate threw on '" + spec.id() + "' (seed " + seed + "): " + e, e);
    }
  }

  private static void wellFormed(Diagnostics diagnostics, String what) {
    for (Diagnostic diagnostic : diagnostics.all()) {
      assertThat(diagnostic.ruleId()).as("%s: rule id of %s", what, diagnostic).matches("[a-z]+(-[a-z]+)*");
      assertThat(List.of(diagnostic.path(), diagnostic.message(), diagnostic.hint()))
          .as("%s: path, message and hint of %s", what, diagnostic).allSatisfy(text -> assertThat(text).isNotBlank());
    }
  }

  private static void forEverySeed(String kind, LongConsumer check) {
    long start = System.nanoTime();
    List<String> failures = RandomSeeds.seeds(COUNT).parallel()
        .mapToObj(seed -> failure(seed, check)).flatMap(Optional::stream).toList();
    System.out.printf("RandomDefinitionsTest: %d %s definitions from seed %d in %d ms: %d failed%n", COUNT, kind,
        RandomSeeds.base(), (System.nanoTime() - start) / 1_000_000, failures.size());
    assertThat(failures).withFailMessage(() -> failures.size() + " of " + COUNT + " " + kind + " definitions failed; the first:\n"
        + String.join("\n\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())))).isEmpty();
  }

  private static Optional<String> failure(long seed, LongConsumer check) {
    try {
      check.accept(seed);
      return Optional.empty();
    } catch (AssertionError | RuntimeException e) {
      return Optional.of("seed " + seed + ": " + e.getMessage() + "\n  replay: " + RandomSeeds.replay(seed));
    }
  }
}
