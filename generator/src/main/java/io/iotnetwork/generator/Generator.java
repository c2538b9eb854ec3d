package io.iotnetwork.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.bicep.BicepWriter;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.report.Posture;
import io.iotnetwork.generator.report.PostureAnalyzer;
import io.iotnetwork.generator.report.ReportWriter;
import io.iotnetwork.generator.report.Topology;
import io.iotnetwork.generator.report.TopologyBuilder;
import io.iotnetwork.generator.report.scan.ScanResult;
import io.iotnetwork.generator.report.scan.ScannerPreview;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.generator.validate.Validator;
import io.iotnetwork.generator.verify.ArmSchemaCheck;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compiles a network definition: validate, plan, emit ARM JSON and Bicep, verify the ARM JSON
 * against the shipped schemas, and write the review reports. Never throws on a user's mistake: those are diagnostics, and a
 * definition with an error produces no files. An exception means a bug in the generator.
 */
public final class Generator {
  private Generator() {}

  /** Compiles {@code spec} in memory; write the files with {@link OutputFolder}. */
  public static GenerationResult generate(IotNetworkSpec spec) {
    Diagnostics diagnostics = Validator.standard().validate(spec);
    if (diagnostics.hasErrors()) {
      return GenerationResult.failed(diagnostics);
    }
    Plan plan = Planner.plan(spec);
    ObjectNode template = ArmWriter.template(plan);
    ObjectNode parameters = ArmWriter.parametersFile(plan);
    diagnostics = diagnostics.plus(ArmSchemaCheck.standard().check(template, parameters));
    if (diagnostics.hasErrors()) {
      return GenerationResult.failed(diagnostics);
    }
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put(GeneratedFiles.ARM_TEMPLATE, ArmWriter.print(template));
    files.put(GeneratedFiles.ARM_PARAMETERS, ArmWriter.print(parameters));
    BicepWriter.files(plan).forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    Posture posture = PostureAnalyzer.analyze(spec, diagnostics);
    Topology topology = TopologyBuilder.of(spec, posture);
    List<ScanResult> scans = ScannerPreview.evaluate(template);
    files.put(GeneratedFiles.REPORT_HTML, ReportWriter.html(posture, topology, scans).getBytes(StandardCharsets.UTF_8));
    files.put(GeneratedFiles.REPORT_MARKDOWN, ReportWriter.markdown(posture, topology, scans).getBytes(StandardCharsets.UTF_8));
    files.put(GeneratedFiles.BICEP_PARAMETERS, BicepWriter.mainBicepparam(plan).getBytes(StandardCharsets.UTF_8));
    return new GenerationResult(diagnostics, Optional.of(new GeneratedFiles(files)));
  }
}
