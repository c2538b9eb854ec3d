package io.iotnetwork.generator.emit.deploy;

import io.iotnetwork.generator.emit.Templates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the deployment plan of a staged definition: {@code deploy.sh}, which runs
 * {@code az deployment group create} for every stage, in steps (a step's stages at once, each step
 * after the stages it needs), and stops at the first step with a failure; and {@code deploy.md},
 * which says the same for people.
 */
public final class DeployPlanWriter {
  private static final Templates TEMPLATES = Templates.verbatim();
  /** ARM's longest deployment name. */
  private static final int DEPLOYMENT_NAME_CHARACTERS = 64;

  private DeployPlanWriter() {}

  /** The text of {@code deploy.sh} for {@code stages}, in deployment order. */
  public static String script(String networkId, List<StageFile> stages) {
    return TEMPLATES.render("deploy.sh.mustache", scope(networkId, stages));
  }

  /** The text of {@code deploy.md} for {@code stages}, in deployment order. */
  public static String guide(String networkId, List<StageFile> stages) {
    return TEMPLATES.render("deploy.md.mustache", scope(networkId, stages));
  }

  /**
   * The steps: each stage one step after the latest step of the stages it follows, so independent
   * stages share a step.
   */
  static List<List<StageFile>> steps(List<StageFile> stages) {
    Map<String, Integer> stepOf = new HashMap<>();
    TreeMap<Integer, List<StageFile>> steps = new TreeMap<>();
    for (StageFile stage : stages) {
      int step = stage.after().stream().mapToInt(folder -> {
        Integer earlier = stepOf.get(folder);
        if (earlier == null) {
          throw new IllegalStateException("bug: stage " + stage.name() + " follows " + folder + ", not earlier");
        }
        return earlier + 1;
      }).max().orElse(0);
      stepOf.put(stage.folder(), step);
      steps.computeIfAbsent(step, key -> new ArrayList<>()).add(stage);
    }
    return new ArrayList<>(steps.values());
  }

  /** The top-level deployment name of {@code stage}: {@code <network id>-<stage>}, within ARM's 64 characters. */
  static String deploymentName(String networkId, StageFile stage) {
    String id = networkId.replaceAll("[^A-Za-z0-9_.()-]", "-");
    int room = DEPLOYMENT_NAME_CHARACTERS - stage.name().length() - 1;
    return (id.length() > room ? id.substring(0, Math.max(room, 0)) : id) + "-" + stage.name();
  }

  private static PlanScope scope(String networkId, List<StageFile> stages) {
    List<List<StageFile>> steps = steps(stages);
    List<StepScope> scopes = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      List<StageScope> inStep = steps.get(i).stream().map(stage -> new StageScope(stage.name(),
          deploymentName(networkId, stage), stage.title(), stage.template(), stage.formattedBytes(),
          stage.topLevelResources(), stage.allResources(), stage.afterNames())).toList();
      scopes.add(new StepScope(i + 1, steps.size(), inStep));
    }
    return new PlanScope(networkId, stages.size(), steps.size(), scopes);
  }

  record PlanScope(String networkId, int stageCount, int stepCount, List<StepScope> steps) {}

  record StepScope(int number, int of, List<StageScope> stages) {}

  record StageScope(String name, String deploymentName, String title, String template, String bytes,
      int topLevelResources, int allResources, String after) {}
}
