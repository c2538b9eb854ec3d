package io.iotnetwork.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.arm.TemplateFile;
import io.iotnetwork.generator.emit.arm.TemplateSize;
import io.iotnetwork.generator.emit.bicep.BicepWriter;
import io.iotnetwork.generator.emit.deploy.DeployPlanWriter;
import io.iotnetwork.generator.emit.deploy.StageFile;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.PlannedModule;
import io.iotnetwork.generator.plan.StagePlan;
import io.iotnetwork.generator.plan.Stager;
import io.iotnetwork.generator.plan.TemplateLimits;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.verify.ArmSchemaCheck;
import io.iotnetwork.generator.verify.TemplateLimitCheck;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes a sharded definition that one deployment cannot hold as stages ({@link Stager}): per
 * stage under {@code stages/<stage>/} the ARM template and parameters, checked against the schemas
 * and every limit like a single template, and the Bicep files; then the deployment plan
 * ({@code deploy.sh}, {@code deploy.md}).
 */
final class StagedTemplates {
  /**
   * Bytes of stage's nested deployments as the single template wrote them: half the limit, so that
   * written indented (up to twice as long) a stage still fits.
   */
  private static final int STAGE_BUDGET_BYTES = TemplateLimits.TEMPLATE_BYTES / 2;

  /** What every stage's files say after {@link #purpose}. */
  private static final String DEPLOY_NOTE = "Deploy it with " + GeneratedFiles.DEPLOY_SCRIPT + " (see "
      + GeneratedFiles.DEPLOY_GUIDE + "). Change the definition and rebuild instead of editing this file.";

  /** The files written, every problem found, and the stages as written. */
  record Written(TreeMap<String, byte[]> files, List<Diagnostic> diagnostics, List<StageFile> stages) {}

  private StagedTemplates() {}

  /**
   * The stages of {@code plan}, whose single template, measuring {@code single}, breaks the limits
   * {@code whyNot} names. The stages reuse what printing the single template and its Bicep files made:
   * {@code nested}, its nested templates by inner plan, and {@code bicep}, its Bicep files (the same
   * modules print the same files), asked for only once the stages' ARM files are written. The stages'
   * ARM files are written and checked in parallel, and put together in stage order.
   */
  static Written write(IotNetworkSpec spec, Plan plan, TemplateSize single, List<Diagnostic> whyNot,
      Map<Plan, ObjectNode> nested, Supplier<Map<String, byte[]>> bicep) {
    List<String> symbols = ArmWriter.topLevelSymbols(plan);
    Map<String, Integer> sizes = new HashMap<>();
    for (int i = 0; i < symbols.size(); i++) {
      sizes.put(symbols.get(i), single.resourceSizes().get(i));
    }
    List<StagePlan> stages = Stager.stages(plan, sizes, STAGE_BUDGET_BYTES);
    List<StageArm> arms = stages.parallelStream().map(stage -> writeArm(spec, stage, new IdentityHashMap<>(nested)))
        .toList();
    TreeMap<String, byte[]> files = new TreeMap<>();
    List<Diagnostic> found = new ArrayList<>();
    List<StageFile> written = new ArrayList<>();
    Map<String, byte[]> bicepFiles = bicep.get();
    for (int i = 0; i < stages.size(); i++) {
      StageArm arm = arms.get(i);
      files.putAll(arm.files());
      found.addAll(arm.diagnostics());
      written.add(arm.stage());
      writeBicep(stages.get(i), bicepFiles, files);
    }
    String networkId = plan.networkId();
    files.put(GeneratedFiles.DEPLOY_SCRIPT, DeployPlanWriter.script(networkId, written).getBytes(StandardCharsets.UTF_8));
    files.put(GeneratedFiles.DEPLOY_GUIDE, DeployPlanWriter.guide(networkId, written).getBytes(StandardCharsets.UTF_8));
    String reason = whyNot.get(0).message().replaceFirst("\\.$", "");
    found.add(Diagnostic.info(TemplateLimitCheck.RULE_ID, spec.path(), spec.source(), spec.iotHubs().size()
        + " hubs do not fit one ARM deployment (as one, " + reason + "), so they are written as "
        + written.size() + " top-level deployments: " + written.stream().map(stage -> stage.name() + " ("
        + stage.allResources() + " resources)").collect(Collectors.joining(", ")) + ".",
        "Nothing to do: bash " + GeneratedFiles.DEPLOY_SCRIPT + " <resource group> deploys them in order, independent "
        + "stages at once; " + GeneratedFiles.DEPLOY_GUIDE + " lists them."));
    return new Written(files, found, written);
  }

  /** A stage's ARM files, what checking them found, and the stage as written. */
  private record StageArm(Map<String, byte[]> files, List<Diagnostic> diagnostics, StageFile stage) {}

  /** {@code stage}'s ARM template and parameters, checked; {@code nested} is this call's own to add to. */
  private static StageArm writeArm(IotNetworkSpec spec, StagePlan stage, Map<Plan, ObjectNode> nested) {
    String folder = folder(stage);
    ObjectNode template = ArmWriter.template(stage.plan(), purpose(stage) + " " + DEPLOY_NOTE, nested);
    ObjectNode parameters = ArmWriter.parametersFile(stage.plan());
    List<Diagnostic> found = new ArrayList<>(ArmSchemaCheck.standard().check(template, parameters));
    TemplateFile file = TemplateFile.write(template, TemplateLimits.TEMPLATE_BYTES);
    byte[] parametersFile = ArmWriter.print(parameters);
    String templatePath = folder + GeneratedFiles.ARM_TEMPLATE;
    found.addAll(TemplateLimitCheck.check(spec, template, file.size(), parametersFile.length, templatePath,
        folder + GeneratedFiles.ARM_PARAMETERS));
    Map<String, byte[]> files = Map.of(templatePath, file.bytes(), folder + GeneratedFiles.ARM_PARAMETERS, parametersFile);
    return new StageArm(files, found, new StageFile(GeneratedFiles.STAGES + stage.folder(), stage.title(), templatePath,
        file.bytes().length, template.path("resources").size(), deployed(template),
        stage.after().stream().map(after -> GeneratedFiles.STAGES + after).toList()));
  }

  /** {@code stage}'s {@code main.bicep} and {@code main.bicepparam}, and its modules' files as {@code bicep} holds them. */
  private static void writeBicep(StagePlan stage, Map<String, byte[]> bicep, Map<String, byte[]> files) {
    String folder = folder(stage);
    files.put(folder + GeneratedFiles.BICEP, BicepWriter.main(stage.plan(), List.of(purpose(stage), DEPLOY_NOTE))
        .getBytes(StandardCharsets.UTF_8));
    files.put(folder + GeneratedFiles.BICEP_PARAMETERS,
        BicepWriter.mainBicepparam(stage.plan()).getBytes(StandardCharsets.UTF_8));
    for (PlannedModule module : stage.plan().modules()) {
      byte[] text = bicep.get(module.fileName());
      if (text == null) {
        throw new IllegalStateException("bug: stage " + stage.folder() + " deploys " + module.fileName()
            + ", which the single template's Bicep does not hold");
      }
      files.put(folder + module.fileName(), text);
    }
  }

  /** The first line of a stage's files: which stage of which definition, deploying what. */
  private static String purpose(StagePlan stage) {
    return "Stage " + stage.folder() + " of the network definition '" + stage.plan().networkId()
        + "', generated by iot-network: " + stage.title() + ".";
  }

  private static String folder(StagePlan stage) {
    return GeneratedFiles.STAGES + stage.folder() + "/";
  }

  /** The resources {@code template} and its nested templates deploy, nested deployments not counted. */
  private static int deployed(JsonNode template) {
    int count = 0;
    for (JsonNode resource : template.path("resources")) {
      JsonNode nested = resource.path("properties").path("template");
      count += nested.isObject() ? deployed(nested) : 1;
    }
    return count;
  }
}
