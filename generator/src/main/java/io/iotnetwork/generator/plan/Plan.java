package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  /** Each resource type's place in {@link ResourceType#DEPLOYMENT_ORDER}, looked up once per sort key. */
  private static final Map<ResourceType, Integer> KIND_ORDER = new HashMap<>();

  static {
    for (int i = 0; i < ResourceType.DEPLOYMENT_ORDER.size(); i++) {
      KIND_ORDER.put(ResourceType.DEPLOYMENT_ORDER.get(i), i);
    }
  }

  public Plan {
    requireNonNull(networkId);
    parameters = List.copyOf(parameters);
    resources = List.copyOf(resources);
    modules = List.copyOf(modules);
    outputs = List.copyOf(outputs);
  }

  /** A plan with resources sorted by kind ({@link ResourceType#DEPLOYMENT_ORDER}) then symbolic name, modules by symbolic name. */
  static Plan ordered(String networkId, List<Parameter> parameters, List<PlannedResource> resources,
      List<PlannedModule> modules, List<Output> outputs) {
    resources.forEach(resource -> requireKnownKind(resource.type()));
    List<PlannedResource> sortedResources = resources.stream()
        .sorted(Comparator.comparingInt((PlannedResource r) -> KIND_ORDER.get(r.type()))
            .thenComparing(PlannedResource::symbolicName))
        .toList();
    List<PlannedModule> sortedModules = modules.stream().sorted(Comparator.comparing(PlannedModule::symbolicName)).toList();
    return new Plan(networkId, parameters, sortedResources, sortedModules, outputs);
  }

  private static void requireKnownKind(ResourceType type) {
    if (!KIND_ORDER.containsKey(type)) {
      throw new IllegalStateException("bug: " + type + " has no place in ResourceType.DEPLOYMENT_ORDER");
    }
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

  /** The nested deployments of hub groups, when the plan is sharded ({@link Sharder}); else none. */
  public List<PlannedModule> hubGroupDeployments() {
    return modules.stream().filter(module -> module.fileName().startsWith(Sharder.GROUP_FILE_PREFIX)
        && !module.fileName().endsWith(Sharder.SECOND_DEPLOYMENT_SUFFIX)).toList();
  }

  /** The resources the template creates (not the existing ones). */
  public List<PlannedResource> createdResources() {
    return resources.stream().filter(resource -> !resource.existing()).toList();
  }
}
