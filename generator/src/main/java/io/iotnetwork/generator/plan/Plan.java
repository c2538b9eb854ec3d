package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything one deployment declares, in output order. Emitters print a plan; they never decide
 * anything about Azure.
 *
 * @param networkId   the network definition's id
 * @param parameters  the template's parameters
 * @param resources   the resources, created and existing, in a fixed order (kind, then symbolic name)
 * @param modules     the nested deployments, in a fixed order (symbolic name)
 * @param outputs     the outputs
 */
public record Plan(String networkId, List<Parameter> parameters, List<PlannedResource> resources,
    List<PlannedModule> modules, List<Output> outputs) {

  public Plan {
    requireNonNull(networkId);
    parameters = List.copyOf(parameters);
    resources = List.copyOf(resources);
    modules = List.copyOf(modules);
    outputs = List.copyOf(outputs);
  }

  /** The resource with {@code symbolicName}. */
  public PlannedResource resource(String symbolicName) {
    return resources.stream().filter(r -> r.symbolicName().equals(symbolicName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no resource " + symbolicName + " in " + resources));
  }

  /** The module with {@code symbolicName}. */
  public PlannedModule module(String symbolicName) {
    return modules.stream().filter(m -> m.symbolicName().equals(symbolicName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no module " + symbolicName + " in " + modules));
  }

  /** The resources the template creates (not the existing ones). */
  public List<PlannedResource> createdResources() {
    return resources.stream().filter(resource -> !resource.existing()).toList();
  }
}
