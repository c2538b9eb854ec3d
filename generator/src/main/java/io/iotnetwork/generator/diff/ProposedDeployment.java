package io.iotnetwork.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import java.util.List;

/**
 * What a written build proposes to deploy, read back from its ARM template and parameters file
 * (see {@link GeneratedResources#comparedWith}), and its changes against a baseline.
 */
public final class ProposedDeployment {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProposedDeployment() {}

  /** Every change of {@code files} against {@code baseline}, classified. */
  public static List<ClassifiedChange> changes(GeneratedFiles files, ChangeBaseline baseline) {
    try {
      return ChangePreview.of(baseline, GeneratedResources.comparedWith(JSON.readTree(files.text(GeneratedFiles.ARM_TEMPLATE)),
          JSON.readTree(files.text(GeneratedFiles.ARM_PARAMETERS)), baseline)).changes();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bug: our own template is not JSON", e);
    }
  }
}
