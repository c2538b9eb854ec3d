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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests over random definitions ({@link RandomDefinitions}), valid and broken, from
 * consecutive seeds ({@link RandomSeeds}). Failures are grouped by kind, each with its seeds and how
 * to replay one. A failure's description reads {@code <kind>: <particulars>}.
 */
class RandomDefinitionsTest {
  private static final int COUNT = RandomSeeds.count("random.count", 1000);
  private static final int SEEDS_SHOWN = 10;

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
    GenerationResult result = generate(spec);
    String rendered = result.diagnostics().render();
    assertThat(result.diagnostics().all()).as("internal-schema-violation, always a generator bug: '%s'%n%s", spec.id(),
        rendered).noneMatch(d -> d.ruleId().equals("internal-schema-violation"));
    assertThat(result.diagnostics().ofSeverity(Severity.ERROR))
        .as("errors in a valid definition (a generator defect, or a RandomDefinitions one): '%s'%n%s", spec.id(), rendered)
        .isEmpty();
    wellFormed(result.diagnostics(), spec.id());
    GeneratedFiles files = result.files().orElseThrow();

    IotNetworkSpec again = RandomDefinitions.valid(seed);
    assertThat(again).as("RandomDefinitions.valid not deterministic: seed %d", seed).isEqualTo(spec);
    GenerationResult secondResult = generate(again);
    assertThat(secondResult.diagnostics().render()).as("other diagnostics from a second generation: '%s'", spec.id())
        .isEqualTo(rendered);
    GeneratedFiles second = secondResult.files().orElseThrow();
    assertThat(second.files().keySet()).as("other files from a second generation: '%s'", spec.id())
        .isEqualTo(files.files().keySet());
    files.files().forEach((path, bytes) -> assertThat(second.files().get(path))
        .as("other bytes from a second generation: %s of '%s'", path, spec.id()).isEqualTo(bytes));

    OutputChecks.dependenciesResolveWithoutCycles(Planner.plan(spec));
    OutputChecks.secretsOnlyAsSecureParameters(spec, files);
    OutputChecks.noResourceDeclaredTwice(files);
    OutputChecks.noHardcodedCloudHosts(spec, files);
    OutputChecks.shardsCleanly(spec, 1 + (int) (seed % 2));
  }

  private static void checkBroken(long seed) {
    RandomDefinitions.Broken broken = RandomDefinitions.broken(seed);
    assertThat(RandomDefinitions.broken(seed)).as("RandomDefinitions.broken not deterministic: seed %d", seed)
        .isEqualTo(broken);
    GenerationResult result = generate(broken.spec());
    String what = "'" + broken.spec().id() + "' with " + broken.mistakes();
    Set<String> errors = result.diagnostics().ofSeverity(Severity.ERROR).stream().map(Diagnostic::ruleId)
        .collect(Collectors.toSet());
    assertThat(errors).as("no error for a broken definition: %s", what).isNotEmpty();
    assertThat(result.files()).as("files for a broken definition: %s", what).isEmpty();
    broken.mistakes().forEach(mistake -> assertThat(errors)
        .as("mistake %s not reported as %s: %s%n%s", mistake, mistake.ruleId(), what, result.diagnostics().render())
        .contains(mistake.ruleId()));
    wellFormed(result.diagnostics(), what);
  }

  /** Generates, turning an exception (always a generator bug) into a failure. */
  private static GenerationResult generate(IotNetworkSpec spec) {
    try {
      return Generator.generate(spec);
    } catch (RuntimeException e) {
      throw new AssertionError("Generator.generate threw " + e.getClass().getSimpleName() + ": '" + spec.id() + "': "
          + e, e);
    }
  }

  private static void wellFormed(Diagnostics diagnostics, String what) {
    for (Diagnostic diagnostic : diagnostics.all()) {
      assertThat(diagnostic.ruleId()).as("rule id not kebab-case: %s in %s", diagnostic, what)
          .matches("[a-z]+(-[a-z]+)*");
      assertThat(List.of(diagnostic.path(), diagnostic.message(), diagnostic.hint()))
          .as("blank path, message or hint: %s in %s", diagnostic, what)
          .allSatisfy(text -> assertThat(text).isNotBlank());
    }
  }

  private static void forEverySeed(String kind, LongConsumer check) {
    long start = System.nanoTime();
    List<Failure> failures = RandomSeeds.seeds(COUNT).parallel()
        .mapToObj(seed -> failure(seed, check)).flatMap(Optional::stream).toList();
    System.out.printf("RandomDefinitionsTest: %d %s definitions from seed %d in %d ms: %d failed%n", COUNT, kind,
        RandomSeeds.base(), (System.nanoTime() - start) / 1_000_000, failures.size());
    assertThat(failures).withFailMessage(() -> failures.size() + " of " + COUNT + " " + kind + " definitions failed, "
        + "in these ways:\n\n" + byKind(failures)).isEmpty();
  }

  private static Optional<Failure> failure(long seed, LongConsumer check) {
    try {
      check.accept(seed);
      return Optional.empty();
    } catch (AssertionError | RuntimeException e) {
      return Optional.of(new Failure(seed, String.valueOf(e.getMessage())));
    }
  }

  /** Each kind of failure once: how often, on which seeds, how to replay the first, and its message. */
  private static String byKind(List<Failure> failures) {
    Map<String, List<Failure>> kinds = failures.stream()
        .collect(Collectors.groupingBy(Failure::kind, TreeMap::new, Collectors.toList()));
    StringBuilder out = new StringBuilder();
    kinds.forEach((kind, same) -> out.append(same.size()).append("x ").append(kind)
        .append("\n  seeds ").append(same.stream().limit(SEEDS_SHOWN).map(failure -> Long.toString(failure.seed()))
            .collect(Collectors.joining(", "))).append(same.size() > SEEDS_SHOWN ? ", ..." : "")
        .append("\n  replay: ").append(RandomSeeds.replay(same.get(0).seed()))
        .append("\n  ").append(same.get(0).message().replace("\n", "\n  ")).append("\n\n"));
    return out.toString();
  }

  /**
   * One failed seed.
   *
   * @param seed     the seed
   * @param message  what failed: {@code [<kind>: <particulars>] <AssertJ's detail>}
   */
  private record Failure(long seed, String message) {
    private static final Pattern ERROR_RULE = Pattern.compile("^ERROR (\\S+)", Pattern.MULTILINE);

    /** The kind, with the rules of the errors a definition got, if any. */
    String kind() {
      String kind = message.replaceFirst("^\\[", "").split(": ", 2)[0];
      Set<String> rules = new TreeSet<>(ERROR_RULE.matcher(message).results().map(match -> match.group(1)).toList());
      return rules.isEmpty() || !kind.startsWith("errors") ? kind : kind + " " + rules;
    }
  }
}
