package io.iotnetwork.generator.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives {@code dependsOn} from the plan: a resource's parent, every resource its values
 * reference, and its explicit ordering; a module's arguments' references and its explicit ordering.
 * Existing resources are never dependencies. Sorted by symbolic name, without duplicates.
 */
public final class Dependencies {
  private static final Comparator<Deployable> BY_NAME = Comparator.comparing(Deployable::symbolicName);

  private Dependencies() {}

  /** What {@code resource} must be deployed after. */
  public static List<Deployable> of(PlannedResource resource) {
    Set<Deployable> found = new TreeSet<>(BY_NAME);
    resource.parent().ifPresent(found::add);
    collect(resource.name(), found);
    collect(resource.body(), found);
    resource.condition().ifPresent(condition -> collect(condition, found));
    found.addAll(resource.explicitDependsOn());
    return finish(found, resource);
  }

  /** What {@code module} must be deployed after. */
  public static List<Deployable> of(PlannedModule module) {
    Set<Deployable> found = new TreeSet<>(BY_NAME);
    collect(module.deploymentName(), found);
    module.arguments().values().forEach(value -> collect(value, found));
    found.addAll(module.explicitDependsOn());
    return finish(found, module);
  }

  /** The deployables {@code value} references (never an existing resource), by symbolic name. */
  public static List<Deployable> in(Value value) {
    Set<Deployable> found = new TreeSet<>(BY_NAME);
    collect(value, found);
    found.removeIf(dependency -> dependency instanceof PlannedResource resource && resource.existing());
    return List.copyOf(found);
  }

  /** What {@code deployable} must be deployed after. */
  public static List<Deployable> of(Deployable deployable) {
    return deployable instanceof PlannedResource resource ? of(resource) : of((PlannedModule) deployable);
  }

  private static List<Deployable> finish(Set<Deployable> found, Deployable self) {
    found.remove(self);
    found.removeIf(dependency -> dependency instanceof PlannedResource resource && resource.existing());
    return List.copyOf(found);
  }

  private static void collect(Value value, Set<Deployable> found) {
    if (value instanceof Lit) {
      return;
    } else if (value instanceof Obj obj) {
      for (Value entry : obj.entries().values()) {
        collect(entry, found);
      }
    } else if (value instanceof KeyedObj keyed) {
      for (KeyedObj.Entry entry : keyed.entries()) {
        collect(entry.key(), found);
        collect(entry.value(), found);
      }
    } else if (value instanceof Arr arr) {
      for (Value item : arr.items()) {
        collect(item, found);
      }
    } else if (value instanceof ResourceIdOf id) {
      found.add(id.target());
    } else if (value instanceof PropertyOf property) {
      found.add(property.target());
    } else if (value instanceof ScopeOf scope) {
      found.add(scope.target());
    } else if (value instanceof Call call) {
      for (Value argument : call.arguments()) {
        collect(argument, found);
      }
    } else if (value instanceof Member member) {
      collect(member.target(), found);
    } else if (value instanceof NotListed test) {
      collect(test.list(), found);
      collect(test.item(), found);
    }
  }
}
