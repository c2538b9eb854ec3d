package io.iotnetwork.generator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.diff.ChangeBaseline;
import io.iotnetwork.generator.diff.ChangePreview;
import io.iotnetwork.generator.diff.GeneratedResources;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.arm.TemplateFile;
import io.iotnetwork.generator.emit.arm.TemplateSize;
import io.iotnetwork.generator.emit.bicep.BicepWriter;
import io.iotnetwork.generator.emit.deploy.StageFile;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.plan.Stager;
import io.iotnetwork.generator.plan.TemplateLimits;
import io.iotnetwork.generator.report.Posture;
import io.iotnetwork.generator.report.PostureAnalyzer;
import io.iotnetwork.generator.report.ReportWriter;
import io.iotnetwork.generator.report.Topology;
import io.iotnetwork.generator.report.TopologyBuilder;
import io.iotnetwork.generator.report.scan.ScanResult;
import io.iotnetwork.generator.report.scan.ScannerPreview;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.generator.validate.Validator;
import io.iotnetwork.generator.verify.ArmSchemaCheck;
import io.iotnetwork.generator.verify.TemplateLimitCheck;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compiles a network definition: validate, plan, emit ARM JSON and Bicep, verify the ARM JSON
 * against the shipped schemas, and write the review reports. Never throws on a user's mistake: those are diagnostics, and a
 * definition with an error produces no files. An exception means a bug in the generator.
 */
public final class Generator {
  private Generator() {}

  /** Compiles {@code spec} in memory, templates and review reports; write the files with {@link OutputFolder}. */
  public static GenerationResult generate(IotNetworkSpec spec) {
    return generate(spec, Optional.empty());
  }

  /**
   * Compiles {@code spec} like {@link #generate(IotNetworkSpec)}, and compares the generated ARM
   * template, read back as the resources it deploys, with {@code baseline}: both reports then open
   * with a "Changes" section, every change classified by risk (docs/diff.md).
   */
  public static GenerationResult generate(IotNetworkSpec spec, ChangeBaseline baseline) {
    return generate(spec, Optional.of(requireNonNull(baseline, "baseline")));
  }

  private static GenerationResult generate(IotNetworkSpec spec, Optional<ChangeBaseline> baseline) {
    Compiled compiled = compile(spec);
    if (compiled.diagnostics().hasErrors()) {
      return GenerationResult.failed(compiled.diagnostics());
    }
    TreeMap<String, byte[]> files = compiled.files();
    Posture posture = PostureAnalyzer.analyze(spec, compiled.diagnostics());
    Topology topology = TopologyBuilder.of(spec, posture);
    List<ScanResult> scans = ScannerPreview.evaluate(compiled.template());
    Optional<ChangePreview> changes = baseline.map(against -> ChangePreview.of(against,
        GeneratedResources.comparedWith(compiled.template(), compiled.parameters(), against)));
    files.put(GeneratedFiles.REPORT_HTML, ReportWriter.html(posture, topology, scans, changes, compiled.stages())
        .getBytes(StandardCharsets.UTF_8));
    files.put(GeneratedFiles.REPORT_MARKDOWN, ReportWriter.markdown(posture, topology, scans, changes, compiled.stages())
        .getBytes(StandardCharsets.UTF_8));
    return new GenerationResult(compiled.diagnostics(), Optional.of(new GeneratedFiles(files)));
  }

  /**
   * Compiles {@code spec} into the deployment files only ({@code azuredeploy.json}, its parameters,
   * {@code main.bicep}, its modules and {@code main.bicepparam}, or, for a definition one deployment
   * cannot hold, the same per stage under {@code stages/} with {@code deploy.sh} and {@code deploy.md}):
   * validate, plan, emit ARM and Bicep, verify against the schemas and ARM's limits. What the benchmarks time.
   */
  public static GenerationResult templates(IotNetworkSpec spec) {
    Compiled compiled = compile(spec);
    return compiled.diagnostics().hasErrors() ? GenerationResult.failed(compiled.diagnostics())
        : new GenerationResult(compiled.diagnostics(), Optional.of(new GeneratedFiles(compiled.files())));
  }

  /**
   * What compiling produced: the single template and its parameters file as trees (written as stages
   * when {@code stages} is not empty), and the files.
   */
  private record Compiled(Diagnostics diagnostics, ObjectNode template, ObjectNode parameters,
      TreeMap<String, byte[]> files, List<StageFile> stages) {
    static Compiled failed(Diagnostics diagnostics) {
      return new Compiled(diagnostics, null, null, null, List.of());
    }
  }

  private static Compiled compile(IotNetworkSpec spec) {
    Diagnostics diagnostics = Validator.standard().validate(spec);
    if (diagnostics.hasErrors()) {
      return Compiled.failed(diagnostics);
    }
    Plan plan = Planner.plan(spec);
    CompletableFuture<Map<String, byte[]>> bicep = CompletableFuture.supplyAsync(() -> bicepFiles(plan));
    try {
      return compileArm(spec, plan, diagnostics, bicep);
    } finally {
      bicep.exceptionally(failure -> null).join();
    }
  }

  /**
   * The ARM files of {@code plan}, checked; then, when nothing failed, the Bicep files {@code bicep} brings.
   * A sharded plan that one deployment cannot hold is written as stages ({@link StagedTemplates}) instead:
   * when even on one line it is over ARM's template limit, that is known from counting its bytes, and the
   * single template is neither written nor checked beyond its sizes (each stage is checked in full).
   */
  private static Compiled compileArm(IotNetworkSpec spec, Plan plan, Diagnostics validation,
      CompletableFuture<Map<String, byte[]>> bicep) {
    Map<Plan, ObjectNode> nested = new IdentityHashMap<>();
    ObjectNode template = ArmWriter.template(plan, nested);
    ObjectNode parameters = ArmWriter.parametersFile(plan);
    byte[] parametersFile = ArmWriter.print(parameters);
    boolean canStage = Stager.canStage(plan);
    TemplateSize onOneLine = canStage ? TemplateFile.measureOnOneLine(template) : null;
    boolean overOnOneLine = onOneLine != null && onOneLine.bytes() > TemplateLimits.TEMPLATE_BYTES;
    TemplateFile written = overOnOneLine ? null : TemplateFile.write(template, TemplateLimits.TEMPLATE_BYTES);
    TemplateSize size = overOnOneLine ? onOneLine : written.size();
    Diagnostics limits = Diagnostics.none().plus(overOnOneLine
        ? TemplateLimitCheck.sizes(spec, template, size, parametersFile.length)
        : TemplateLimitCheck.check(spec, template, size, parametersFile.length));
    if (limits.hasErrors() && canStage) {
      StagedTemplates.Written staged = StagedTemplates.write(spec, plan, size, limits.ofSeverity(Severity.ERROR),
          nested, () -> joined(bicep));
      Diagnostics diagnostics = validation.plus(staged.diagnostics());
      return diagnostics.hasErrors() ? Compiled.failed(diagnostics)
          : new Compiled(diagnostics, template, parameters, staged.files(), staged.stages());
    }
    Diagnostics diagnostics = validation.plus(ArmSchemaCheck.standard().check(template, parameters));
    if (diagnostics.hasErrors()) {
      return Compiled.failed(diagnostics);
    }
    if (limits.hasErrors()) {
      return Compiled.failed(diagnostics.plus(limits.ofSeverity(Severity.ERROR)));
    }
    diagnostics = diagnostics.plus(TemplateLimitCheck.sharding(spec, plan)).plus(limits.all());
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put(GeneratedFiles.ARM_TEMPLATE, written.bytes());
    files.put(GeneratedFiles.ARM_PARAMETERS, parametersFile);
    files.putAll(joined(bicep));
    return new Compiled(diagnostics, template, parameters, files, List.of());
  }

  /**
   * The Bicep files of {@code plan}: written on another thread while the ARM JSON is written and
   * checked, and always waited for ({@link #compile}), so that no work outlives the call.
   */
  private static Map<String, byte[]> bicepFiles(Plan plan) {
    Map<String, byte[]> files = new TreeMap<>();
    BicepWriter.files(plan).forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    files.put(GeneratedFiles.BICEP_PARAMETERS, BicepWriter.mainBicepparam(plan).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
