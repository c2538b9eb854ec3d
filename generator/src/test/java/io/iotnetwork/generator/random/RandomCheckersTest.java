package io.iotnetwork.generator.random;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.generator.SharedCheckers;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.bicep.BicepWriter;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outputs of a few hundred random valid definitions pass the independent checkers in
 * {@code ../shared/tools}, each run once over all of them: Microsoft's ARM schemas and the Bicep grammar.
 * Seeds whose definitions get errors are passed over, and named: {@link RandomDefinitionsTest} fails on them.
 */
class RandomCheckersTest {
  private static final Path OUT = Path.of("target", "random-checked");
  private static final int COUNT = RandomSeeds.count("random.checked", 300);
  private static final Pattern SEED_FOLDER = Pattern.compile("random-checked/(-?\\d+)(-sharded)?/");
  private static Path shared;

  @BeforeAll
  static void writeOutputs() throws IOException {
    shared = SharedCheckers.assumeSharedDir("RandomCheckersTest");
    OutputFolder.deleteRecursively(OUT);
    List<Long> withErrors = new ArrayList<>();
    PrimitiveIterator.OfLong seeds = LongStream.iterate(RandomSeeds.base(), seed -> seed + 1).iterator();
    for (int written = 0; written < COUNT; ) {
      long seed = seeds.nextLong();
      GenerationResult result = Generator.generate(RandomDefinitions.valid(seed));
      if (result.files().isPresent()) {
        OutputFolder.replace(OUT.resolve(Long.toString(seed)), result.files().get());
        if (written % 3 == 0) {
          OutputFolder.replace(OUT.resolve(seed + "-sharded"), sharded(RandomDefinitions.valid(seed)));
        }
        written++;
      } else {
        withErrors.add(seed);
      }
    }
    System.out.println("RandomCheckersTest: " + COUNT + " valid definitions from seed " + RandomSeeds.base()
        + " written to " + OUT + ", every third also sharded one hub per group (<seed>-sharded)" + (withErrors.isEmpty() ? "" : "; passed over seeds " + withErrors
        + ", whose definitions got errors (RandomDefinitionsTest reports them)"));
  }

  @Test
  void armTemplatesAndParametersPassMicrosoftsSchemas() throws Exception {
    List<Path> files = filesEndingWith(".json");

    SharedCheckers.Run run = SharedCheckers.armValidate(shared, files);

    report(run, "arm-validate:", line -> line.contains("INVALID") || line.startsWith("  "));
    assertThat(run.output()).as(failedSeeds(run)).contains(files.size() + " valid, 0 invalid");
    assertThat(run.passed()).as(failedSeeds(run)).isTrue();
  }

  @Test
  void bicepFilesPassTheBicepGrammar() throws Exception {
    long bicepFiles = filesEndingWith(".bicep").size();

    SharedCheckers.Run run = SharedCheckers.bicepSyntax(shared, OUT);

    report(run, "bicep-syntax:", line -> !line.startsWith("OK "));
    assertThat(bicepFiles).isGreaterThanOrEqualTo(COUNT);
    assertThat(run.output()).as(failedSeeds(run)).contains(bicepFiles + " clean, 0 with syntax errors");
    assertThat(run.passed()).as(failedSeeds(run)).isTrue();
  }

  /** The deployment files of {@code spec} sharded into one hub per group, small as it is. */
  private static GeneratedFiles sharded(IotNetworkSpec spec) {
    Plan plan = Planner.planSharded(spec, 1);
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put(GeneratedFiles.ARM_TEMPLATE, ArmWriter.print(ArmWriter.template(plan)));
    files.put(GeneratedFiles.ARM_PARAMETERS, ArmWriter.print(ArmWriter.parametersFile(plan)));
    BicepWriter.files(plan).forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return new GeneratedFiles(files);
  }

  private static List<Path> filesEndingWith(String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(OUT)) {
      return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Prints the checker's summary line and the lines about problems; its other lines only say OK. */
  private static void report(SharedCheckers.Run run, String summary, Predicate<String> problem) {
    run.output().lines().filter(line -> line.startsWith(summary) || problem.test(line)).forEach(System.out::println);
  }

  /** The seeds whose files the checker named in a problem, with how to replay them. */
  private static String failedSeeds(SharedCheckers.Run run) {
    TreeSet<Long> seeds = new TreeSet<>();
    run.output().lines().filter(line -> line.contains("INVALID") || line.startsWith("FAIL")).forEach(line -> {
      Matcher seed = SEED_FOLDER.matcher(line);
      if (seed.find()) {
        seeds.add(Long.parseLong(seed.group(1)));
      }
    });
    return seeds.isEmpty() ? run.output()
        : "rejected seeds " + seeds + " (replay one with -Drandom.seed=<seed> -Drandom.checked=1)";
  }
}
