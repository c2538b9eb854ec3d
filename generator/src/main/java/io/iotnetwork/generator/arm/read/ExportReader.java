package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one front door for JSON that someone else wrote: an {@code az iot hub show} or
 * {@code az resource show} result (one resource or a list), or an ARM template (from
 * {@code az group export}, the portal's "Export template", or a build of ours, modules and hub
 * groups included). It detects the dialect and returns the normalized resources; it never throws
 * for bad input, which comes back as {@link ReadProblem}s naming the file and the JSON path.
 */
public final class ExportReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportReader() {}

  /**
   * Reads {@code export}; {@code parameters} is a template's parameters file, and
   * {@code deploymentScope} the subscription and resource group a template is deployed to, where
   * known (a template's own resources then get that scope).
   */
  public static ExportReadResult read(Path export, Optional<Path> parameters, ResourceScope deploymentScope) {
    String file = export.getFileName().toString();
    if (!Files.isReadable(export)) {
      return failed(file, "$", "cannot be read (no such file, or no permission): " + export);
    }
    Optional<JsonNode> document = parse(export);
    if (document.isEmpty()) {
      return failed(file, "$", "is not a JSON document; give the output of az iot hub show, az resource show or az group export");
    }
    JsonNode values = MissingNode.getInstance();
    if (parameters.isPresent()) {
      String parametersFile = parameters.get().getFileName().toString();
      Optional<JsonNode> parameterFile = Files.isReadable(parameters.get()) ? parse(parameters.get()) : Optional.empty();
      if (parameterFile.isEmpty() || !parameterFile.get().path("parameters").isObject()) {
        return failed(parametersFile, "$.parameters", "is not a readable ARM parameters file"
            + " ({\"parameters\": {\"<name>\": {\"value\": ...}}})");
      }
      values = parameterFile.get().path("parameters");
    }
    return read(file, document.get(), values, deploymentScope);
  }

  /** Reads an already parsed document named {@code file} in messages. */
  public static ExportReadResult read(String file, JsonNode document, JsonNode parameterValues, ResourceScope deploymentScope) {
    ExportDialect dialect = ExportDialect.of(document);
    List<ReadProblem> problems = new ArrayList<>();
    List<ExportedResource> resources = dialect == ExportDialect.ARM_TEMPLATE
        ? new TemplateResources(file, parameterValues, problems).read(document, deploymentScope)
        : resourcesOf(file, document, dialect, problems);
    if (document.isObject() && !document.has("type") && dialect != ExportDialect.ARM_TEMPLATE) {
      problems.add(new ReadProblem(file, "$", "has no \"type\"; it is neither an ARM template nor an exported resource"));
    }
    return new ExportReadResult(file, dialect, unique(resources), problems);
  }

  private static List<ExportedResource> resourcesOf(String file, JsonNode document, ExportDialect dialect,
      List<ReadProblem> problems) {
    List<ExportedResource> resources = new ArrayList<>();
    if (document.isArray()) {
      for (int i = 0; i < document.size(); i++) {
        resourceOf(file, document.get(i), dialect, "$[" + i + "]", problems).ifPresent(resources::add);
      }
    } else if (document.isObject() && document.has("type")) {
      resourceOf(file, document, dialect, "$", problems).ifPresent(resources::add);
    }
    return resources;
  }

  private static Optional<ExportedResource> resourceOf(String file, JsonNode raw, ExportDialect dialect, String at,
      List<ReadProblem> problems) {
    String type = raw.path("type").asText();
    String id = raw.path("id").asText();
    if (type.isEmpty() || raw.path("name").asText().isEmpty()) {
      problems.add(new ReadProblem(file, at, "a resource needs \"type\" and \"name\""));
      return Optional.empty();
    }
    ResourceScope scope = id.isEmpty()
        ? new ResourceScope(text(raw, "subscriptionid"), text(raw, "resourcegroup"))
        : ResourceScope.ofResourceId(id);
    ResourceNormalizer normalizer = new ResourceNormalizer(type, dialect, text -> Optional.empty());
    var body = normalizer.normalize(raw);
    return Optional.of(new ExportedResource(type, raw.path("name").asText(), scope, Optional.empty(), body,
        normalizer.secrets(), at));
  }

  private static Optional<String> text(JsonNode raw, String field) {
    return raw.path(field).isTextual() ? Optional.of(raw.get(field).asText()) : Optional.empty();
  }

  /** One resource per identity; a later declaration replaces an earlier one in place. */
  private static List<ExportedResource> unique(List<ExportedResource> resources) {
    Map<String, ExportedResource> byKey = new LinkedHashMap<>();
    resources.forEach(resource -> byKey.put(resource.key(), resource));
    return List.copyOf(byKey.values());
  }

  /** The document in {@code path}, or empty when it is not JSON (or vanished since it was checked). */
  private static Optional<JsonNode> parse(Path path) {
    try {
      String text = Files.readString(path);
      return text.isBlank() ? Optional.empty() : Optional.of(JSON.readTree(text));
    } catch (JsonProcessingException | java.io.UncheckedIOException notJson) {
      return Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  private static ExportReadResult failed(String file, String at, String why) {
    return new ExportReadResult(file, ExportDialect.ARM_RESOURCE, List.of(), List.of(new ReadProblem(file, at, why)));
  }
}
