package io.iotnetwork.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ReadProblem;
import io.iotnetwork.generator.arm.read.ResourceScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a baseline's file (a template with its parameters file, or an export) through the import
 * goal's {@link ExportReader}; any problem is a {@link UserError} listing them all.
 */
final class BaselineReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineReader() {}

  /** The resources in {@code file} (with {@code parameters} when given). */
  static List<ExportedResource> read(Path file, Optional<Path> parameters, String baseline) throws UserError {
    return resourcesOf(ExportReader.read(file, parameters, ResourceScope.DEPLOYMENT), baseline);
  }

  /** The resources of a template held as text (a zip entry), named {@code name} in messages. */
  static List<ExportedResource> read(String name, String template, Optional<String> parameters, String baseline)
      throws UserError {
    JsonNode values = parameters.isPresent() ? parse(name + " (parameters)", parameters.get(), baseline).path("parameters")
        : MissingNode.getInstance();
    return resourcesOf(ExportReader.read(name, parse(name, template, baseline), values, ResourceScope.DEPLOYMENT), baseline);
  }

  private static JsonNode parse(String name, String text, String baseline) throws UserError {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UserError("The baseline (" + baseline + ") cannot be read: " + name + " is not a JSON document ("
          + e.getOriginalMessage() + ")");
    }
  }

  private static List<ExportedResource> resourcesOf(ExportReadResult result, String baseline) throws UserError {
    if (!result.ok()) {
      throw new UserError("The baseline (" + baseline + ") cannot be read: " + result.problems().stream()
          .map(ReadProblem::toString).collect(Collectors.joining("; ")));
    }
    return result.resources();
  }
}
