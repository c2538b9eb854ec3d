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
    return read(ArmWriter.template(plan), ArmWriter.parametersFile(plan), ResourceScope.DEPLOYMENT);
  }

  /**
   * The resources {@code template} deploys, read so that they compare with {@code baseline}: against
   * a live state in the resource group the export names (its hub's, else its first resource's), since
   * Azure's ids name one and our template leaves it to the deployment.
   */
  public static List<ExportedResource> comparedWith(JsonNode template, JsonNode parametersFile, ChangeBaseline baseline) {
    ResourceScope scope = baseline.kind() == BaselineKind.LIVE_STATE ? scopeOf(baseline.resources()) : ResourceScope.DEPLOYMENT;
    return read(template, parametersFile, scope);
  }

  /**
   * The resources {@code template} deploys to {@code scope}, its parameters resolved from
   * {@code parametersFile} ({@code {"parameters": {...}}}). A template of ours that does not read is a
   * bug in the generator.
   */
  public static List<ExportedResource> read(JsonNode template, JsonNode parametersFile, ResourceScope scope) {
    ExportReadResult result = ExportReader.read(GeneratedFiles.ARM_TEMPLATE, template, parametersFile.path("parameters"), scope);
    if (!result.ok()) {
      throw new IllegalStateException("bug: the generated " + GeneratedFiles.ARM_TEMPLATE + " does not read back: "
          + result.problems());
    }
    return result.resources();
  }

  private static ResourceScope scopeOf(List<ExportedResource> live) {
    return live.stream().filter(resource -> resource.isA(ExportReadResult.HUB_TYPE)).map(ExportedResource::scope)
        .filter(scope -> scope.resourceGroup().isPresent()).findFirst()
        .or(() -> live.stream().map(ExportedResource::scope).filter(scope -> scope.resourceGroup().isPresent()).findFirst())
        .orElse(ResourceScope.DEPLOYMENT);
  }
}
