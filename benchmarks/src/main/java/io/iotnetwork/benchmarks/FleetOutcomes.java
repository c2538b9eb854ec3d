package io.iotnetwork.benchmarks;

import com.contoso.iot.PlantFleetNetwork;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.arm.TemplateFile;
import io.iotnetwork.generator.plan.TemplateLimits;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@link Generator#templates} makes of the plant fleet at each benchmarked size: whether it fits
 * one deployment, is written as stages (several top-level deployments), or fails, and how large the
 * single ARM template is. One line per size:
 * {@code outcome <hubs> <yes|stages-<n>|no> <files> <template bytes> <indented|compact> <error rule ids>}.
 *
 * <p>Usage: {@code FleetOutcomes [hubs...]}, default 1 10 100 1000 2000.
 */
public final class FleetOutcomes {
  private FleetOutcomes() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1, 10, 100, 1000, 2000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    for (int hubs : sizes) {
      System.out.println(outcome(hubs));
    }
  }

  static String outcome(int hubs) {
    GenerationResult result = Generator.templates(PlantFleetNetwork.fleet(hubs));
    TemplateFile file = TemplateFile.write(ArmWriter.template(Planner.plan(PlantFleetNetwork.fleet(hubs))),
        TemplateLimits.TEMPLATE_BYTES);
    boolean compact = !file.indented();
    int templateBytes = file.bytes().length;
    String errors = result.diagnostics().ofSeverity(Severity.ERROR).stream()
        .map(Diagnostic::ruleId).distinct().collect(Collectors.joining(","));
    int stages = result.files().map(files -> files.stages().size()).orElse(0);
    String fits = !result.succeeded() ? "no" : stages > 0 ? "stages-" + stages : "yes";
    return String.format(Locale.ROOT, "outcome %d %s %d %d %s %s", hubs, fits,
        result.files().map(files -> files.files().size()).orElse(0), templateBytes, compact ? "compact" : "indented",
        errors.isEmpty() ? "-" : errors);
  }
}
