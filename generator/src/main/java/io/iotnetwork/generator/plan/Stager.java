package io.iotnetwork.generator.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a sharded plan ({@link Sharder}) that one deployment cannot hold into several top-level
 * deployments: the foundation (what no hub group needs deployed first: shared DNS zones and their
 * links, shared networks, identities and targets), then the hub groups in batches, each batch one
 * stage, and, only when something depends on several batches, a final stage. Batches stay within
 * one region and split a region's groups evenly, each within {@code budgetBytes} (measured on the
 * single template as written) and ARM's resource count.
 */
public final class Stager {
  /** The folder name of the first stage, after its number. */
  static final String FOUNDATION = "foundation";
  private static final String FINAL = "final";

  private final Plan main;
  private final Map<String, String> groupOfDeployment = new HashMap<>();
  private final Map<String, Set<String>> groupsOf = new HashMap<>();
  private final List<Deployable> order;

  private Stager(Plan main) {
    this.main = main;
    for (PlannedModule group : main.hubGroupDeployments()) {
      String file = group.fileName();
      groupOfDeployment.put(group.symbolicName(),
          file.substring(Sharder.GROUP_FILE_PREFIX.length(), file.length() - ".bicep".length()));
    }
    List<Deployable> all = new ArrayList<>(main.createdResources());
    all.addAll(main.modules());
    Map<String, List<Deployable>> dependencies = new HashMap<>();
    all.forEach(item -> dependencies.put(item.symbolicName(), Dependencies.of(item)));
    this.order = DeploymentOrder.sorted(all, dependencies);
    for (Deployable item : order) {
      Set<String> groups = new TreeSet<>();
      String own = groupOfDeployment.get(item.symbolicName());
      if (own != null) {
        groups.add(own);
      }
      dependencies.get(item.symbolicName()).forEach(dependency ->
          groups.addAll(groupsOf.getOrDefault(dependency.symbolicName(), Set.of())));
      groupsOf.put(item.symbolicName(), groups);
    }
  }

  /** True when {@code plan} has hub groups, which {@link #stages} can deploy apart. */
  public static boolean canStage(Plan plan) {
    return !plan.hubGroupDeployments().isEmpty();
  }

  /**
   * The stages of {@code main}, in deployment order; {@code sizes} holds the bytes each top-level
   * resource and module took in the single template as written, by symbolic name.
   */
  public static List<StagePlan> stages(Plan main, Map<String, Integer> sizes, int budgetBytes) {
    return new Stager(main).split(sizes, budgetBytes);
  }

  private List<StagePlan> split(Map<String, Integer> sizes, int budgetBytes) {
    Map<String, List<Deployable>> itemsByGroup = new LinkedHashMap<>();
    groupOfDeployment.values().stream().sorted().forEach(group -> itemsByGroup.put(group, new ArrayList<>()));
    List<Deployable> foundation = new ArrayList<>();
    List<Deployable> last = new ArrayList<>();
    for (Deployable item : order) {
      Set<String> groups = groupsOf.get(item.symbolicName());
      (groups.isEmpty() ? foundation : groups.size() == 1 ? itemsByGroup.get(groups.iterator().next()) : last).add(item);
    }
    List<String> names = new ArrayList<>();
    List<List<Deployable>> contents = new ArrayList<>();
    if (!foundation.isEmpty()) {
      names.add(FOUNDATION);
      contents.add(foundation);
    }
    for (List<String> batch : batches(itemsByGroup, sizes, budgetBytes)) {
      List<Deployable> items = new ArrayList<>();
      batch.forEach(group -> items.addAll(itemsByGroup.get(group)));
      names.add(batch.size() == 1 ? batch.get(0) : batch.get(0) + "-to-" + number(batch.get(batch.size() - 1)));
      contents.add(items);
    }
    if (!last.isEmpty()) {
      names.add(FINAL);
      contents.add(last);
    }
    Map<String, String> stageOf = new HashMap<>();
    List<String> folders = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String folder = String.format(Locale.ROOT, "%02d-%s", i, names.get(i));
      folders.add(folder);
      contents.get(i).forEach(item -> stageOf.put(item.symbolicName(), folder));
    }
    Map<String, List<Output>> outputs = new HashMap<>();
    for (Output output : main.outputs()) {
      String stage = Dependencies.in(output.value()).stream().map(item -> stageOf.get(item.symbolicName()))
          .max(String::compareTo).orElse(folders.get(0));
      outputs.computeIfAbsent(stage, key -> new ArrayList<>()).add(output);
    }
    List<StagePlan> stages = new ArrayList<>();
    for (int i = 0; i < folders.size(); i++) {
      StageRewrite rewrite = new StageRewrite(folders.get(i), stageOf, contents.get(i));
      Plan plan = rewrite.plan(main, outputs.getOrDefault(folders.get(i), List.of()));
      stages.add(new StagePlan(folders.get(i), title(names.get(i)), plan, List.copyOf(rewrite.after())));
    }
    return stages;
  }

  /** The hub groups in batches: consecutive groups of one region, the region's groups split evenly. */
  private static List<List<String>> batches(Map<String, List<Deployable>> itemsByGroup, Map<String, Integer> sizes,
      int budgetBytes) {
    Map<String, List<String>> byRegion = new LinkedHashMap<>();
    itemsByGroup.keySet().forEach(group -> byRegion.computeIfAbsent(region(group), key -> new ArrayList<>()).add(group));
    List<List<String>> batches = new ArrayList<>();
    for (List<String> groups : byRegion.values()) {
      for (int count = 1; count <= groups.size(); count++) {
        List<List<String>> split = evenly(groups, count);
        if (count == groups.size() || split.stream().allMatch(batch -> fits(batch, itemsByGroup, sizes, budgetBytes))) {
          batches.addAll(split);
          break;
        }
      }
    }
    return batches;
  }

  private static boolean fits(List<String> batch, Map<String, List<Deployable>> itemsByGroup,
      Map<String, Integer> sizes, int budgetBytes) {
    long bytes = 0;
    int resources = 0;
    for (String group : batch) {
      for (Deployable item : itemsByGroup.get(group)) {
        bytes += sizes.getOrDefault(item.symbolicName(), 0);
        resources++;
      }
    }
    return bytes <= budgetBytes && resources <= TemplateLimits.RESOURCES;
  }

  private static List<List<String>> evenly(List<String> groups, int count) {
    List<List<String>> split = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      split.add(groups.subList(i * groups.size() / count, (i + 1) * groups.size() / count));
    }
    return split;
  }

  /** {@code westeurope} of the group key {@code westeurope-01}. */
  private static String region(String group) {
    return group.substring(0, group.lastIndexOf('-'));
  }

  /** {@code 01} of the group key {@code westeurope-01}. */
  private static String number(String group) {
    return group.substring(group.lastIndexOf('-') + 1);
  }

  private static String title(String name) {
    if (name.equals(FOUNDATION)) {
      return "shared DNS zones and their links, and the networks, identities and targets several hub groups use";
    } else if (name.equals(FINAL)) {
      return "what depends on several hub groups";
    }
    return "hub group" + (name.contains("-to-") ? "s " : " ") + name;
  }
}
