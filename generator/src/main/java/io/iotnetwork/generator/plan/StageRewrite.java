package io.iotnetwork.generator.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rebuilds the items of one stage ({@link Stager}) as a top-level plan of their own: an item of
 * this stage is rebuilt with its values rewritten; a resource another stage creates becomes an
 * {@code existing} declaration (a reference by resource id) and ordering on it is left to the
 * deployment plan, which deploys that stage first; the main template's parameters the items read
 * become this stage's parameters.
 */
final class StageRewrite {
  private final String folder;
  private final Map<String, String> stageOf;
  private final Map<String, Deployable> items = new LinkedHashMap<>();
  private final Map<String, PlannedResource> rebuilt = new HashMap<>();
  private final Map<String, PlannedModule> modules = new LinkedHashMap<>();
  private final Map<String, PlannedResource> copies = new LinkedHashMap<>();
  private final Set<String> parameters = new LinkedHashSet<>();
  private final Set<String> after = new TreeSet<>();

  /**
   * @param folder   this stage's folder
   * @param stageOf  the folder of the stage that deploys each created resource and module, by symbol
   * @param items    what this stage deploys
   */
  StageRewrite(String folder, Map<String, String> stageOf, List<Deployable> items) {
    this.folder = folder;
    this.stageOf = stageOf;
    items.forEach(item -> this.items.put(item.symbolicName(), item));
  }

  /** This stage's plan: its items rebuilt, the references they need, the parameters they read, its {@code outputs}. */
  Plan plan(Plan main, List<Output> outputs) {
    for (Deployable item : items.values()) {
      if (item instanceof PlannedResource resource) {
        rebuild(resource);
      } else {
        rebuild((PlannedModule) item);
      }
    }
    List<Output> rewritten = outputs.stream().map(output -> new Output(output.name(), output.type(),
        rewrite(output.value()), output.description())).toList();
    List<PlannedResource> resources = new ArrayList<>(rebuilt.values());
    resources.addAll(copies.values());
    List<Parameter> read = main.parameters().stream().filter(parameter -> parameters.contains(parameter.name())).toList();
    Plan plan = Plan.ordered(main.networkId(), read, resources, new ArrayList<>(modules.values()), rewritten);
    DeploymentOrder.requireAcyclic(plan);
    return plan;
  }

  /** The folders of the stages this one refers to or was ordered after. */
  Set<String> after() {
    return after;
  }

  private PlannedResource rebuild(PlannedResource resource) {
    PlannedResource done = rebuilt.get(resource.symbolicName());
    if (done != null) {
      return done;
    }
    Optional<PlannedResource> parent = resource.parent().map(this::reference);
    List<Deployable> ordering = ordering(resource.explicitDependsOn());
    PlannedResource result = new PlannedResource(resource.symbolicName(), resource.type(), parent,
        rewrite(resource.name()), (Obj) rewrite(resource.body()), ordering, false, Optional.empty(),
        resource.condition().map(this::rewrite));
    rebuilt.put(resource.symbolicName(), result);
    return result;
  }

  private PlannedModule rebuild(PlannedModule module) {
    PlannedModule done = modules.get(module.symbolicName());
    if (done != null) {
      return done;
    }
    Map<String, Value> arguments = new LinkedHashMap<>();
    module.arguments().forEach((name, value) -> arguments.put(name, rewrite(value)));
    PlannedModule result = new PlannedModule(module.symbolicName(), module.fileName(), rewrite(module.deploymentName()),
        module.scope(), arguments, module.inner(), ordering(module.explicitDependsOn()));
    modules.put(module.symbolicName(), result);
    return result;
  }

  /** The ordering among this stage's items; ordering on another stage's is the deployment plan's. */
  private List<Deployable> ordering(List<Deployable> dependencies) {
    List<Deployable> kept = new ArrayList<>();
    for (Deployable dependency : dependencies) {
      if (dependency instanceof PlannedResource resource && resource.existing()) {
        continue;
      }
      if (items.containsKey(dependency.symbolicName())) {
        kept.add(dependency instanceof PlannedResource resource ? rebuild(resource) : rebuild((PlannedModule) dependency));
      } else {
        follow(dependency);
      }
    }
    return kept;
  }

  private Value rewrite(Value value) {
    if (value instanceof Lit) {
      return value;
    } else if (value instanceof Obj obj) {
      Obj.Builder builder = Obj.builder();
      obj.entries().forEach((key, entry) -> builder.put(key, rewrite(entry)));
      return builder.build();
    } else if (value instanceof KeyedObj keyed) {
      return new KeyedObj(keyed.entries().stream()
          .map(entry -> new KeyedObj.Entry(rewrite(entry.key()), rewrite(entry.value()))).toList());
    } else if (value instanceof Arr arr) {
      return new Arr(arr.items().stream().map(this::rewrite).toList());
    }
    return rewrite((Expr) value);
  }

  private Expr rewrite(Expr expr) {
    if (expr instanceof ParamRef param) {
      parameters.add(param.parameter().name());
      return param;
    } else if (expr instanceof ResourceIdOf id) {
      return new ResourceIdOf(reference(id.target()));
    } else if (expr instanceof PropertyOf property) {
      return new PropertyOf(reference(property.target()), property.path());
    } else if (expr instanceof ScopeOf scope) {
      return new ScopeOf(reference(scope.target()));
    } else if (expr instanceof Call call) {
      return new Call(call.function(), call.arguments().stream().map(this::rewrite).toList());
    } else if (expr instanceof Member member) {
      return new Member(rewrite(member.target()), member.property());
    } else if (expr instanceof NotListed test) {
      return new NotListed(rewrite(test.list()), rewrite(test.item()));
    }
    throw new IllegalStateException("bug: unknown expression " + expr);
  }

  /** {@code resource} as this stage sees it: rebuilt when this stage creates it, else an {@code existing} declaration. */
  private PlannedResource reference(PlannedResource resource) {
    if (!resource.existing() && items.containsKey(resource.symbolicName())) {
      return rebuild(resource);
    }
    follow(resource);
    PlannedResource copy = copies.get(resource.symbolicName());
    if (copy == null) {
      copy = new PlannedResource(resource.symbolicName(), resource.type(), resource.parent().map(this::reference),
          rewrite(resource.name()), Obj.empty(), List.of(), true, resource.existing() ? resource.home() : Optional.empty(),
          Optional.empty());
      copies.put(resource.symbolicName(), copy);
    }
    return copy;
  }

  /** Notes that this stage comes after the stage deploying {@code dependency}, when another stage deploys it. */
  private void follow(Deployable dependency) {
    if (dependency instanceof PlannedResource resource && resource.existing()) {
      return;
    }
    String stage = stageOf.get(dependency.symbolicName());
    if (stage == null) {
      throw new IllegalStateException("bug: no stage deploys " + dependency);
    }
    if (!stage.equals(folder)) {
      after.add(stage);
    }
  }
}
