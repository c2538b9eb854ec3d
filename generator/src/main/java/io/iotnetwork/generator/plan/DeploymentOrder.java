package io.iotnetwork.generator.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The order deployables can be deployed in: each after what it depends on. */
final class DeploymentOrder {
  private DeploymentOrder() {}

  /** Throws when {@code plan}'s dependencies form a cycle: a generator bug, never a user's mistake. */
  static void requireAcyclic(Plan plan) {
    List<Deployable> all = new ArrayList<>(plan.createdResources());
    all.addAll(plan.modules());
    Map<String, List<Deployable>> dependencies = new HashMap<>();
    all.forEach(deployable -> dependencies.put(deployable.symbolicName(), Dependencies.of(deployable)));
    sorted(all, dependencies);
  }

  /**
   * {@code items}, each after the items it depends on (by {@code dependencies}, keyed by symbolic
   * name; dependencies on anything else are ignored); ties keep the given order. Throws on a cycle.
   */
  static <T extends Deployable> List<T> sorted(List<T> items, Map<String, List<Deployable>> dependencies) {
    Map<String, T> bySymbol = new LinkedHashMap<>();
    items.forEach(item -> bySymbol.put(item.symbolicName(), item));
    List<T> order = new ArrayList<>(items.size());
    Set<String> done = new HashSet<>();
    Set<String> active = new HashSet<>();
    for (T item : items) {
      visit(item, bySymbol, dependencies, done, active, order);
    }
    return order;
  }

  private static <T extends Deployable> void visit(T item, Map<String, T> bySymbol,
      Map<String, List<Deployable>> dependencies, Set<String> done, Set<String> active, List<T> order) {
    String symbol = item.symbolicName();
    if (done.contains(symbol)) {
      return;
    }
    if (!active.add(symbol)) {
      throw new IllegalStateException("bug: dependency cycle through " + symbol);
    }
    for (Deployable dependency : dependencies.getOrDefault(symbol, List.of())) {
      T planned = bySymbol.get(dependency.symbolicName());
      if (planned != null) {
        visit(planned, bySymbol, dependencies, done, active, order);
      }
    }
    active.remove(symbol);
    done.add(symbol);
    order.add(item);
  }
}
