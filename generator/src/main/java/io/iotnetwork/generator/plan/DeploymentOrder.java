package io.iotnetwork.generator.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that the main template's resources and modules can be deployed in some order. */
final class DeploymentOrder {
  private DeploymentOrder() {}

  /** Throws when {@code plan}'s dependencies form a cycle: a generator bug, never a user's mistake. */
  static void requireAcyclic(Plan plan) {
    Map<String, Deployable> bySymbol = new HashMap<>();
    plan.createdResources().forEach(resource -> bySymbol.put(resource.symbolicName(), resource));
    plan.modules().forEach(module -> bySymbol.put(module.symbolicName(), module));
    Set<String> done = new HashSet<>();
    Set<String> active = new HashSet<>();
    for (Deployable deployable : bySymbol.values()) {
      visit(deployable, bySymbol, done, active);
    }
  }

  private static void visit(Deployable deployable, Map<String, Deployable> bySymbol, Set<String> done,
      Set<String> active) {
    String symbol = deployable.symbolicName();
    if (done.contains(symbol)) {
      return;
    }
    if (!active.add(symbol)) {
      throw new IllegalStateException("bug: dependency cycle through " + symbol);
    }
    List<Deployable> dependencies = Dependencies.of(bySymbol.getOrDefault(symbol, deployable));
    for (Deployable dependency : dependencies) {
      Deployable planned = bySymbol.get(dependency.symbolicName());
      if (planned != null) {
        visit(planned, bySymbol, done, active);
      }
    }
    active.remove(symbol);
    done.add(symbol);
  }
}
