package io.iotnetwork.generator.plan;

import com.azure.core.management.Region;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the planners share while one template (the main one, or a module's) is built: symbolic
 * names, parameters, resources, modules, outputs.
 */
final class PlanContext {
  final IotNetworkSpec spec;
  final SymbolicNames symbolicNames = new SymbolicNames();
  private final Optional<Parameter> location;
  final List<Parameter> parameters = new ArrayList<>();
  final List<PlannedResource> resources = new ArrayList<>();
  final List<PlannedModule> modules = new ArrayList<>();
  final List<Output> outputs = new ArrayList<>();
  /** The planned hubs by symbolic name, in definition order. */
  final Map<String, IotHubSpec> hubs = new LinkedHashMap<>();

  private PlanContext(IotNetworkSpec spec, Optional<Parameter> location) {
    this.spec = spec;
    this.location = location.map(this::addParameter);
  }

  /** The main template's context: its {@code location} parameter defaults to the network's region. */
  static PlanContext main(IotNetworkSpec spec) {
    return new PlanContext(spec, Optional.of(Parameter.string("location", spec.region().name(),
        "Region of every resource that names none; the network definition's region by default.")));
  }

  /** A module's context: no parameters of its own until the module planner adds its inputs. */
  static PlanContext module(IotNetworkSpec spec) {
    return new PlanContext(spec, Optional.empty());
  }

  /** The {@code location} parameter. */
  Parameter location() {
    return location.orElseThrow(() -> new IllegalStateException("bug: this template has no location parameter"));
  }

  Parameter addParameter(Parameter parameter) {
    parameters.add(parameter);
    return parameter;
  }

  PlannedResource add(PlannedResource resource) {
    resources.add(resource);
    return resource;
  }

  /** Puts {@code resource} in the place of the planned resource with the same symbolic name. */
  PlannedResource replace(PlannedResource resource) {
    int index = resources.indexOf(resource);
    if (index < 0) {
      throw new IllegalStateException("bug: " + resource + " was not planned");
    }
    resources.set(index, resource);
    return resource;
  }

  PlannedModule add(PlannedModule module) {
    modules.add(module);
    return module;
  }

  void addOutput(Output output) {
    outputs.add(output);
  }

  /** The {@code location} parameter for the network's region, a literal for any other. */
  Value locationOf(Region region) {
    return region.equals(spec.region()) ? location().ref() : Value.of(region.name());
  }

  /** {@link #locationOf(Region)} of {@code region}, or of the network's region when empty. */
  Value locationOf(Optional<Region> region) {
    return locationOf(region.orElse(spec.region()));
  }

  /**
   * Starts a resource body with {@code location} and, when there are any, the network's tags
   * merged with {@code ownTags}.
   */
  Obj.Builder bodyWith(Value location, Map<String, String> ownTags) {
    Obj.Builder body = Obj.builder().put("location", location);
    Map<String, String> tags = Tags.merge(spec.tags(), ownTags);
    if (!tags.isEmpty()) {
      Obj.Builder tagValues = Obj.builder();
      tags.forEach(tagValues::put);
      body.put("tags", tagValues.build());
    }
    return body;
  }

  /** The finished plan: resources by kind then symbolic name, modules by symbolic name. */
  Plan toPlan() {
    return Plan.ordered(spec.id(), parameters, resources, modules, outputs);
  }
}
