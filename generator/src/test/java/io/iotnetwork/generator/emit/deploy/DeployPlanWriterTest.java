package io.iotnetwork.generator.emit.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment plan's steps: a stage runs one step after the latest of the stages it follows, so
 * stages that do not depend on each other share a step; deployment names stay within ARM's 64
 * characters; the script is valid bash.
 */
class DeployPlanWriterTest {
  private static final StageFile FOUNDATION = stage("00-foundation");
  private static final StageFile EAST = stage("01-eastus-01", "00-foundation");
  private static final StageFile WEST = stage("02-westeurope-01", "00-foundation");
  private static final StageFile LAST = stage("03-final", "01-eastus-01", "02-westeurope-01");

  @Test
  void independentStagesShareAStepAndEachStageComesAfterWhatItFollows() {
    assertThat(DeployPlanWriter.steps(List.of(FOUNDATION, EAST, WEST, LAST)))
        .containsExactly(List.of(FOUNDATION), List.of(EAST, WEST), List.of(LAST));
  }

  @Test
  void aStageThatFollowsALaterOneIsABug() {
    assertThatThrownBy(() -> DeployPlanWriter.steps(List.of(EAST, FOUNDATION)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bug: stage 01-eastus-01 follows");
  }

  @Test
  void deploymentNamesKeepTheStageAndStayWithinSixtyFourCharacters() {
    String name = DeployPlanWriter.deploymentName("a-network-definition-with-a-very-long-identifier-indeed-x", EAST);

    assertThat(name).hasSizeLessThanOrEqualTo(64).endsWith("-01-eastus-01").startsWith("a-network-definition");
    assertThat(DeployPlanWriter.deploymentName("plant fleet", EAST)).isEqualTo("plant-fleet-01-eastus-01");
  }

  @Test
  void theScriptIsValidBashAndTheGuideListsEveryStage(@TempDir Path folder) throws Exception {
    Path script = folder.resolve("deploy.sh");
    Files.writeString(script, DeployPlanWriter.script("plant-fleet", List.of(FOUNDATION, EAST, WEST, LAST)));
    Process syntax = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();

    assertThat(syntax.waitFor()).as(new String(syntax.getInputStream().readAllBytes())).isZero();
    assertThat(Files.readString(script)).contains("echo \"step 3 of 3\"", "  03-final plant-fleet-03-final\n");
    assertThat(DeployPlanWriter.guide("plant-fleet", List.of(FOUNDATION, EAST, WEST, LAST)))
        .contains("| 2 | `02-westeurope-01` |", "| 3 | `03-final` |", "01-eastus-01, 02-westeurope-01 |");
  }

  private static StageFile stage(String name, String... after) {
    return new StageFile("stages/" + name, "what " + name + " deploys", "stages/" + name + "/azuredeploy.json", 1_234, 2,
        3, List.of(after).stream().map(folder -> "stages/" + folder).toList());
  }
}
