package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How the planner groups hubs. A definition that fits one template is planned ungrouped: each hub's
 * second deployment is its own module. A larger one (a fleet, or any definition over the limits) is
 * packed into groups, within one region each, in definition order, within half of each template
 * limit ({@link TemplateLimits#GROUP_RESOURCES}, all 64 outputs); each group becomes one nested
 * deployment, with one module for its hubs' second deployments and one access module per resource
 * group for its hubs' system-assigned identities.
 */
final class HubGroups {
  private final boolean sharded;
  private final List<HubGroup> groups;
  private final Map<String, HubGroup> byHub = new LinkedHashMap<>();

  /** One group of hubs: {@code key} is {@code <region>-<nn>}, e.g. {@code westeurope-01}. */
  record HubGroup(String key, List<IotHubSpec> hubs) {
    HubGroup {
      hubs = List.copyOf(hubs);
    }

    /** Equality by key, unique in a plan: a group is a map key, and its hubs are deep. */
    @Override
    public boolean equals(Object other) {
      return other instanceof HubGroup that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }
  }

  /** What one hub adds to its group's template. */
  record HubCost(int resources, int outputs) {}

  private HubGroups(boolean sharded, List<HubGroup> groups) {
    this.sharded = sharded;
    this.groups = List.copyOf(groups);
    groups.forEach(group -> group.hubs().forEach(hub -> byHub.put(lower(hub.name()), group)));
  }

  /** No groups: the definition is planned as one template. */
  static HubGroups ungrouped() {
    return new HubGroups(false, List.of());
  }

  /** The hubs of {@code spec} packed by region, each group within {@code budget}. */
  static HubGroups packed(IotNetworkSpec spec, Function<IotHubSpec, HubCost> cost, HubCost budget) {
    Map<String, List<IotHubSpec>> byRegion = new TreeMap<>();
    spec.iotHubs().forEach(hub -> byRegion.computeIfAbsent(hub.regionOr(spec.region()).name().toLowerCase(Locale.ROOT),
        region -> new ArrayList<>()).add(hub));
    List<HubGroup> groups = new ArrayList<>();
    byRegion.forEach((region, hubs) -> {
      List<IotHubSpec> current = new ArrayList<>();
      int resources = 0;
      int outputs = 0;
      for (IotHubSpec hub : hubs) {
        HubCost added = cost.apply(hub);
        if (!current.isEmpty() && (resources + added.resources() > budget.resources()
            || outputs + added.outputs() > budget.outputs())) {
          groups.add(group(region, groups, current));
          current = new ArrayList<>();
          resources = 0;
          outputs = 0;
        }
        current.add(hub);
        resources += added.resources();
        outputs += added.outputs();
      }
      groups.add(group(region, groups, current));
    });
    return new HubGroups(true, groups);
  }

  private static HubGroup group(String region, List<HubGroup> earlier, List<IotHubSpec> hubs) {
    long inRegion = earlier.stream().filter(group -> group.key().startsWith(region + "-")).count();
    return new HubGroup(String.format(Locale.ROOT, "%s-%02d", region, inRegion + 1), hubs);
  }

  /** True when hubs are grouped into nested deployments. */
  boolean sharded() {
    return sharded;
  }

  /** The groups, in deployment-name order. */
  List<HubGroup> groups() {
    return groups;
  }

  /** {@code hub}'s group; only when {@link #sharded()}. */
  HubGroup of(IotHubSpec hub) {
    HubGroup group = byHub.get(lower(hub.name()));
    if (group == null) {
      throw new IllegalStateException("bug: hub " + hub.name() + " is in no group");
    }
    return group;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
