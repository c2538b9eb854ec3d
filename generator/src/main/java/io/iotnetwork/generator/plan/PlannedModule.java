package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A nested deployment: a Bicep module ({@code modules/<file>.bicep}), in ARM a
 * {@code Microsoft.Resources/deployments} resource with an inline template. Used where one resource
 * must be deployed twice (the hub's second PUT) or where resources live in another resource group.
 *
 * @param symbolicName       the module's Bicep symbol
 * @param fileName           the Bicep file, relative to {@code main.bicep}, e.g. {@code modules/x.bicep}
 * @param deploymentName     the nested deployment's name (at most 64 characters)
 * @param scope              the resource group it deploys to; empty means the parent deployment's
 * @param arguments          a value for each of the inner plan's parameters, by parameter name
 * @param inner              what it deploys
 * @param explicitDependsOn  ordering that no reference in {@code arguments} implies
 */
public record PlannedModule(String symbolicName, String fileName, Value deploymentName,
    Optional<ResourceGroupRef> scope, Map<String, Value> arguments, Plan inner, List<Deployable> explicitDependsOn)
    implements Deployable {

  public PlannedModule {
    requireNonNull(symbolicName);
    requireNonNull(fileName);
    requireNonNull(deploymentName);
    requireNonNull(scope);
    arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
    requireNonNull(inner);
    explicitDependsOn = List.copyOf(explicitDependsOn);
    for (Parameter parameter : inner.parameters()) {
      if (!arguments.containsKey(parameter.name()) && parameter.defaultValue().isEmpty()) {
        throw new IllegalArgumentException("bug: module " + symbolicName + " gets no value for " + parameter.name());
      }
    }
  }

  /** A copy that is also ordered after {@code dependencies}. */
  public PlannedModule dependingOn(List<? extends Deployable> dependencies) {
    List<Deployable> all = new ArrayList<>(explicitDependsOn);
    all.addAll(dependencies);
    return new PlannedModule(symbolicName, fileName, deploymentName, scope, arguments, inner, all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlannedModule that && symbolicName.equals(that.symbolicName);
  }

  @Override
  public int hashCode() {
    return symbolicName.hashCode();
  }

  @Override
  public String toString() {
    return symbolicName + " (module " + fileName + ")";
  }
}
