package io.iotnetwork.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ResourceScope;
import java.util.List;

/**
 * What a build proposes to deploy, read back from its own ARM template and parameters file by the
 * same reader as the baseline, and the changes against a baseline. Against a live state the
 * template is read in the resource group the export names (its hub's, else its first resource's),
 * since Azure's ids name one and our template leaves it to the deployment.
 */
public final class ProposedDeployment {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProposedDeployment() {}

  /** The resources {@code files}' ARM template deploys, compared the way {@code baseline} needs. */
  public static List<ExportedResource> resources(GeneratedFiles files, ChangeBaseline baseline) {
    ResourceScope scope = baseline.kind() == BaselineKind.LIVE_STATE ? scopeOf(baseline.resources()) : ResourceScope.DEPLOYMENT;
    try {
      JsonNode template = JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
      JsonNode parameters = JSON.readTree(files.text(GeneratedFiles.ARM_PARAMETERS)).path("parameters");
      ExportReadResult read = ExportReader.read(GeneratedFiles.ARM_TEMPLATE, template, parameters, scope);
      if (!read.ok()) {
        throw new IllegalStateException("bug: our own template did not read back: " + read.problems());
      }
      return read.resources();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bug: our own template is not JSON", e);
    }
  }

  /** Every change of {@code files} against {@code baseline}, classified. */
  public static List<ClassifiedChange> changes(GeneratedFiles files, ChangeBaseline baseline) {
    return ChangeClassifier.classify(ResourceDiff.compare(baseline.resources(), resources(files, baseline)), baseline.kind());
  }

  private static ResourceScope scopeOf(List<ExportedResource> live) {
    return live.stream().filter(resource -> resource.isA(ExportReadResult.HUB_TYPE)).map(ExportedResource::scope)
        .filter(scope -> scope.resourceGroup().isPresent()).findFirst()
        .or(() -> live.stream().map(ExportedResource::scope).filter(scope -> scope.resourceGroup().isPresent()).findFirst())
        .orElse(ResourceScope.DEPLOYMENT);
  }
}
