package io.iotnetwork.generator.plan;

import com.azure.core.management.Region;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the resource planners share while one plan is built: names, parameters, resources. */
final class PlanContext {
  final IotNetworkSpec spec;
  final SymbolicNames symbolicNames = new SymbolicNames();
  final Parameter location;
  final List<Parameter> parameters = new ArrayList<>();
  final List<PlannedResource> resources = new ArrayList<>();
  final List<Output> outputs = new ArrayList<>();

  PlanContext(IotNetworkSpec spec) {
    this.spec = spec;
    this.location = addParameter(Parameter.string("location", spec.region().name(),
        "Region of every resource that names none; the network definition's region by default."));
  }

  Parameter addParameter(Parameter parameter) {
    parameters.add(parameter);
    return parameter;
  }

  PlannedResource add(PlannedResource resource) {
    resources.add(resource);
    return resource;
  }

  void addOutput(Output output) {
    outputs.add(output);
  }

  /** The {@code location} parameter for the network's region, a literal for any other. */
  Value locationOf(Region region) {
    return region.equals(spec.region()) ? location.ref() : Value.of(region.name());
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
}
