package io.iotnetwork.generator.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates of a generated {@code azuredeploy.json}, read back from the bytes: the main one and
 * every nested deployment's, each with where it sits. For tests that measure the output themselves.
 */
public record DeploymentTemplates(JsonNode main, List<Nested> nested) {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String DEPLOYMENTS = "Microsoft.Resources/deployments";

  /** One nested deployment: the resource in its parent, and its template. */
  public record Nested(JsonNode deployment, JsonNode template) {
    public String name() {
      return deployment.path("name").asText();
    }

    public String module() {
      return template.at("/metadata/module").asText();
    }
  }

  static DeploymentTemplates of(GeneratedFiles files) {
    try {
      return of(JSON.readTree(files.files().get(GeneratedFiles.ARM_TEMPLATE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The templates of the ARM template {@code main}. */
  public static DeploymentTemplates of(JsonNode main) {
    List<Nested> nested = new ArrayList<>();
    collect(main, nested);
    return new DeploymentTemplates(main, nested);
  }

  private static void collect(JsonNode template, List<Nested> found) {
    for (JsonNode resource : template.path("resources")) {
      if (resource.path("type").asText().equals(DEPLOYMENTS)) {
        JsonNode inner = resource.at("/properties/template");
        found.add(new Nested(resource, inner));
        collect(inner, found);
      }
    }
  }

  /** The main template and every nested one. */
  /** The main template and every nested one. */
  public List<JsonNode> all() {
    List<JsonNode> all = new ArrayList<>();
    all.add(main);
    nested.forEach(n -> all.add(n.template()));
    return all;
  }

  /** The resources {@code template} deploys of {@code type}. */
  static List<JsonNode> resources(JsonNode template, String type) {
    List<JsonNode> found = new ArrayList<>();
    template.path("resources").forEach(resource -> {
      if (resource.path("type").asText().equals(type)) {
        found.add(resource);
      }
    });
    return found;
  }

  /** The nested deployments whose module file starts with {@code prefix}, e.g. {@code modules/hub-group-}. */
  List<Nested> modules(String prefix) {
    return nested.stream().filter(n -> n.module().startsWith(prefix)).toList();
  }
}
