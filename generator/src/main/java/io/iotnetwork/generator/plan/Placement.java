package io.iotnetwork.generator.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which created resources of a plan move into which hub group's nested deployment:
 * <ul>
 *   <li>a hub goes with its group;</li>
 *   <li>a resource that references resources of exactly one group goes with them (a hub's private
 *       endpoint, its zone group, the role assignments of its system-assigned identity);</li>
 *   <li>a resource that references no group's resource goes with the one group that alone uses it (a
 *       container only one group writes to, a network only one group's endpoints use), where a module
 *       that comes after one group's resources counts as that group's; a resource nothing references
 *       (a DNS link) goes with what it references;</li>
 *   <li>everything else stays in the main template: shared DNS zones, and networks, targets and
 *       identities that several groups use, and whatever a module of the main template uses. Modules
 *       never move.</li>
 * </ul>
 */
final class Placement {
  private static final String MAIN = Relocation.MAIN;
  private final Map<String, String> groups = new HashMap<>();

  private Placement() {}

  /** The group key of every resource that moves, by symbolic name; {@code hubGroups} places each hub. */
  static Map<String, String> of(Plan plan, Map<String, String> hubGroups) {
    Placement placement = new Placement();
    placement.place(plan, hubGroups);
    Map<String, String> placed = new LinkedHashMap<>();
    plan.createdResources().forEach(resource -> placement.group(resource).ifPresent(g -> placed.put(
        resource.symbolicName(), g)));
    return placed;
  }

  private Optional<String> group(PlannedResource resource) {
    String group = groups.get(resource.symbolicName());
    return group == null || group.equals(MAIN) ? Optional.empty() : Optional.of(group);
  }

  private void place(Plan plan, Map<String, String> hubGroups) {
    Map<String, List<Deployable>> dependencies = new HashMap<>();
    List<PlannedResource> created = plan.createdResources();
    List<List<Deployable>> found = created.parallelStream().map(Dependencies::of).toList();
    for (int i = 0; i < created.size(); i++) {
      dependencies.put(created.get(i).symbolicName(), found.get(i));
    }
    List<PlannedResource> order = DeploymentOrder.sorted(plan.createdResources(), dependencies);
    Map<String, List<Deployable>> dependents = new HashMap<>();
    for (PlannedResource resource : order) {
      dependencies.get(resource.symbolicName()).forEach(dependency -> dependents.computeIfAbsent(dependency.symbolicName(),
          key -> new ArrayList<>()).add(resource));
    }
    for (PlannedModule module : plan.modules()) {
      Dependencies.of(module).forEach(dependency -> dependents.computeIfAbsent(dependency.symbolicName(),
          key -> new ArrayList<>()).add(module));
    }
    Set<String> followers = new HashSet<>();
    for (PlannedResource resource : order) {
      String hubGroup = hubGroups.get(resource.symbolicName());
      if (hubGroup != null) {
        groups.put(resource.symbolicName(), hubGroup);
        continue;
      }
      Set<String> upstream = groupsOf(dependencies.get(resource.symbolicName()));
      if (upstream.size() == 1) {
        groups.put(resource.symbolicName(), upstream.iterator().next());
      } else if (upstream.size() > 1) {
        groups.put(resource.symbolicName(), MAIN);
      } else if (!dependents.containsKey(resource.symbolicName())) {
        followers.add(resource.symbolicName());
      }
    }
    Map<String, String> moduleGroups = new HashMap<>();
    for (PlannedModule module : plan.modules()) {
      Set<String> upstream = groupsOf(Dependencies.of(module));
      moduleGroups.put(module.symbolicName(), upstream.size() == 1 ? upstream.iterator().next() : MAIN);
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      PlannedResource resource = order.get(i);
      if (groups.containsKey(resource.symbolicName()) || followers.contains(resource.symbolicName())) {
        continue;
      }
      Set<String> downstream = new HashSet<>();
      for (Deployable dependent : dependents.get(resource.symbolicName())) {
        if (!followers.contains(dependent.symbolicName())) {
          downstream.add(dependent instanceof PlannedModule ? moduleGroups.get(dependent.symbolicName())
              : groups.getOrDefault(dependent.symbolicName(), MAIN));
        }
      }
      groups.put(resource.symbolicName(), downstream.size() == 1 ? downstream.iterator().next() : MAIN);
    }
    for (PlannedResource resource : order) {
      if (followers.contains(resource.symbolicName())) {
        Set<String> upstream = groupsOf(dependencies.get(resource.symbolicName()));
        groups.put(resource.symbolicName(), upstream.size() == 1 ? upstream.iterator().next() : MAIN);
      }
    }
  }

  /** The groups (not the main template) that {@code dependencies} are placed in. */
  private Set<String> groupsOf(List<Deployable> dependencies) {
    Set<String> found = new HashSet<>();
    for (Deployable dependency : dependencies) {
      String group = groups.get(dependency.symbolicName());
      if (group != null && !group.equals(MAIN)) {
        found.add(group);
      }
    }
    return found;
  }
}
