package io.iotnetwork.generator.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives a resource's {@code dependsOn} from the plan: its parent, every resource its values
 * reference, and its explicit ordering; sorted by symbolic name, without duplicates.
 */
public final class Dependencies {
  private Dependencies() {}

  /** The resources {@code resource} must be deployed after. */
  public static List<PlannedResource> of(PlannedResource resource) {
    Set<PlannedResource> found = new TreeSet<>(Comparator.comparing(PlannedResource::symbolicName));
    resource.parent().ifPresent(found::add);
    collect(resource.name(), found);
    collect(resource.body(), found);
    found.addAll(resource.explicitDependsOn());
    found.remove(resource);
    return List.copyOf(found);
  }

  /** The resources {@code value} references. */
  public static Set<PlannedResource> referencedBy(Value value) {
    Set<PlannedResource> found = new TreeSet<>(Comparator.comparing(PlannedResource::symbolicName));
    collect(value, found);
    return found;
  }

  private static void collect(Value value, Set<PlannedResource> found) {
    if (value instanceof Obj obj) {
      obj.entries().values().forEach(v -> collect(v, found));
    } else if (value instanceof Arr arr) {
      arr.items().forEach(v -> collect(v, found));
    } else if (value instanceof ResourceIdOf id) {
      found.add(id.target());
    } else if (value instanceof PropertyOf property) {
      found.add(property.target());
    } else if (value instanceof Call call) {
      call.arguments().forEach(v -> collect(v, found));
    } else if (value instanceof Member member) {
      collect(member.target(), found);
    }
  }
}
