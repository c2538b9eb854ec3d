package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a plan too large for one template: each hub group's resources ({@link Placement}) move into
 * one nested deployment ({@code modules/hub-group-<group>.bicep}); shared resources and every module
 * stay in the main template. A reference across the cut becomes an {@code existing} declaration plus
 * an explicit dependency on whatever deploys the resource, a main-template parameter becomes a module
 * input (a secure one, a member of the module's secure {@code secrets} object), and an output about one
 * group's resources moves into that group's deployment.
 */
final class Sharder {
  /** How the files of hub groups' nested deployments start: {@code modules/hub-group-<group>.bicep}. */
  static final String GROUP_FILE_PREFIX = "modules/hub-group-";
  /** How the file of a hub group's second deployment ends: {@code modules/hub-group-<group>-egress.bicep}. */
  static final String SECOND_DEPLOYMENT_SUFFIX = "-egress.bicep";
  private final IotNetworkSpec spec;
  private final Plan flat;
  private final Map<String, String> placement;
  private final Map<String, PlannedModule> groupDeployments = new LinkedHashMap<>();
  private final Map<String, List<PlannedResource>> resourcesByGroup = new HashMap<>();
  private final Map<String, List<Output>> outputsByGroup = new HashMap<>();
  private final Set<String> movedOutputs = new HashSet<>();

  private Sharder(IotNetworkSpec spec, Plan flat, Map<String, String> placement) {
    this.spec = spec;
    this.flat = flat;
    this.placement = placement;
    for (PlannedResource resource : flat.createdResources()) {
      String group = placement.get(resource.symbolicName());
      if (group != null) {
        resourcesByGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(resource);
      }
    }
    for (Output output : flat.outputs()) {
      onlyGroup(output.value()).ifPresent(group ->
          outputsByGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(output));
    }
  }

  /** {@code flat} with the resources {@code placement} names moved to their groups' nested deployments. */
  static Plan shard(IotNetworkSpec spec, Plan flat, Map<String, String> placement, List<String> groupKeys) {
    Sharder sharder = new Sharder(spec, flat, placement);
    for (GroupDeployment group : groupKeys.parallelStream().map(sharder::planGroup).toList()) {
      sharder.groupDeployments.put(group.key(), group.module());
      sharder.movedOutputs.addAll(group.movedOutputs());
    }
    Plan sharded = sharder.planMain();
    DeploymentOrder.requireAcyclic(sharded);
    return sharded;
  }

  /** A hub group's nested deployment, and the names of the outputs that moved into it. */
  private record GroupDeployment(String key, PlannedModule module, List<String> movedOutputs) {}

  /**
   * The nested deployment of group {@code key}. Groups are planned on several threads at once: this reads
   * the sharder's fields, writes none, and builds everything else it uses itself.
   */
  private GroupDeployment planGroup(String key) {
    PlanContext inner = PlanContext.module(spec);
    ModuleInputs inputs = new ModuleInputs(inner);
    Relocation relocation = new Relocation(key, placement, param -> param.parameter().type().secure()
        ? inputs.secret(param.parameter().name(), param) : inputs.input(param.parameter().name(), param), other -> {
          throw new IllegalStateException("bug: group " + key + " depends on group " + other);
        });
    Set<Deployable> outside = new LinkedHashSet<>();
    resourcesByGroup.getOrDefault(key, List.of()).forEach(resource -> relocation.rebuild(resource, outside));
    List<String> moved = new ArrayList<>();
    for (Output output : outputsByGroup.getOrDefault(key, List.of())) {
      inner.addOutput(new Output(output.name(), output.type(), relocation.rewrite(output.value(), outside),
          output.description()));
      moved.add(output.name());
    }
    relocation.resources().forEach(inner::add);
    String symbol = "hubGroup" + SymbolicNames.pascalCase(key);
    return new GroupDeployment(key, new PlannedModule(symbol, GROUP_FILE_PREFIX + key + ".bicep",
        Call.format("iotnet-" + key + "-{0}", DeploymentNames.unique(spec)), Optional.empty(), inputs.arguments(),
        inner.toPlan(), new ArrayList<>(outside)), moved);
  }

  private Plan planMain() {
    Relocation relocation = new Relocation(Relocation.MAIN, placement, param -> param, groupDeployments::get);
    for (PlannedResource resource : flat.createdResources()) {
      if (!placement.containsKey(resource.symbolicName())) {
        relocation.rebuild(resource, new ArrayList<>());
      }
    }
    List<PlannedModule> modules = new ArrayList<>();
    flat.modules().forEach(module -> modules.add(relocation.rebuild(module)));
    modules.addAll(groupDeployments.values());
    List<Output> outputs = new ArrayList<>();
    for (Output output : flat.outputs()) {
      if (!movedOutputs.contains(output.name())) {
        outputs.add(new Output(output.name(), output.type(), relocation.rewrite(output.value(), new ArrayList<>()),
            output.description()));
      }
    }
    Map<String, PlannedResource> resources = new LinkedHashMap<>();
    flat.resources().stream().filter(PlannedResource::existing).forEach(r -> resources.put(r.symbolicName(), r));
    relocation.resources().forEach(r -> resources.put(r.symbolicName(), r));
    return Plan.ordered(flat.networkId(), flat.parameters(), new ArrayList<>(resources.values()), modules, outputs);
  }

  /** The group every deployable {@code value} references is placed in, when there is one and only one. */
  private Optional<String> onlyGroup(Value value) {
    Set<String> groups = new HashSet<>();
    for (Deployable reference : Dependencies.in(value)) {
      groups.add(placement.getOrDefault(reference.symbolicName(), Relocation.MAIN));
    }
    return groups.size() == 1 && !groups.contains(Relocation.MAIN) ? Optional.of(groups.iterator().next())
        : Optional.empty();
  }
}
