package io.iotnetwork.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ResourceScope;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.plan.Plan;
import java.util.List;

/**
 * A build's own ARM template read back by {@link ExportReader}, the same reading path a baseline
 * takes, as the resources it deploys: the proposed side of a change preview.
 */
public final class GeneratedResources {
  private GeneratedResources() {}

  /** The resources {@code plan}'s ARM template deploys, its parameters resolved from its parameters file. */
  public static List<ExportedResource> of(Plan plan) {
    return read(ArmWriter.template(plan), ArmWriter.parametersFile(plan));
  }

  /**
   * The resources {@code template} deploys, its parameters resolved from {@code parametersFile}
   * ({@code {"parameters": {...}}}). A template of ours that does not read is a bug in the generator.
   */
  public static List<ExportedResource> read(JsonNode template, JsonNode parametersFile) {
    ExportReadResult result = ExportReader.read(GeneratedFiles.ARM_TEMPLATE, template, parametersFile.path("parameters"),
        ResourceScope.DEPLOYMENT);
    if (!result.ok()) {
      throw new IllegalStateException("bug: the generated " + GeneratedFiles.ARM_TEMPLATE + " does not read back: "
          + result.problems());
    }
    return result.resources();
  }
}
