package io.iotnetwork.generator.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rebuilds resources into one template of a sharded plan: the main template or one hub group's
 * nested deployment. A resource placed in this template is rebuilt with its values rewritten; a
 * resource deployed by another template is declared {@code existing} here and the referencing item
 * depends on whatever deploys it; a parameter of the main template becomes a module input inside a
 * group's template.
 */
final class Relocation {
  /** The placement key of the main template. */
  static final String MAIN = "";

  private final String home;
  private final Map<String, String> placement;
  private final Function<ParamRef, Expr> parameters;
  private final Function<String, Deployable> groupDeployments;
  private final Map<String, PlannedResource> rebuilt = new HashMap<>();
  private final Map<String, PlannedResource> copies = new HashMap<>();

  /**
   * @param home              {@link #MAIN} or a group key
   * @param placement         the group key of every resource that left the main template, by symbol
   * @param parameters        what a main-template parameter is in this template
   * @param groupDeployments  the nested deployment of each group key, for dependencies from the main template
   */
  Relocation(String home, Map<String, String> placement, Function<ParamRef, Expr> parameters,
      Function<String, Deployable> groupDeployments) {
    this.home = home;
    this.placement = placement;
    this.parameters = parameters;
    this.groupDeployments = groupDeployments;
  }

  /** Where {@code resource} is deployed: {@link #MAIN} or a group key. */
  String placeOf(PlannedResource resource) {
    return placement.getOrDefault(resource.symbolicName(), MAIN);
  }

  /**
   * {@code resource}, placed in this template, rebuilt. In the main template it carries its own
   * ordering; in a group's template the ordering it needs outside goes to {@code outside}, the
   * nested deployment's.
   */
  PlannedResource rebuild(PlannedResource resource, Collection<Deployable> outside) {
    PlannedResource done = rebuilt.get(resource.symbolicName());
    if (done != null) {
      return done;
    }
    if (!placeOf(resource).equals(home) || resource.existing()) {
      throw new IllegalStateException("bug: " + resource + " is not deployed by template '" + home + "'");
    }
    List<Deployable> ordering = new ArrayList<>();
    Collection<Deployable> sink = home.equals(MAIN) ? ordering : outside;
    Optional<PlannedResource> parent = resource.parent().map(p -> reference(p, sink));
    for (Deployable dependency : resource.explicitDependsOn()) {
      if (dependency instanceof PlannedResource planned && !planned.existing() && placeOf(planned).equals(home)) {
        ordering.add(rebuild(planned, outside));
      } else {
        addDeployer(dependency, sink);
      }
    }
    Value name = rewrite(resource.name(), sink);
    Obj body = (Obj) rewrite(resource.body(), sink);
    PlannedResource result = new PlannedResource(resource.symbolicName(), resource.type(), parent, name, body,
        ordering, false, Optional.empty(), resource.condition().map(condition -> rewrite(condition, sink)));
    rebuilt.put(resource.symbolicName(), result);
    return result;
  }

  /** {@code module}, a module of the main template, with its arguments rewritten and its ordering completed. */
  PlannedModule rebuild(PlannedModule module) {
    if (!home.equals(MAIN)) {
      throw new IllegalStateException("bug: modules stay in the main template: " + module);
    }
    List<Deployable> ordering = new ArrayList<>();
    module.explicitDependsOn().forEach(dependency -> addDeployer(dependency, ordering));
    Map<String, Value> arguments = new java.util.LinkedHashMap<>();
    module.arguments().forEach((name, value) -> arguments.put(name, rewrite(value, ordering)));
    return new PlannedModule(module.symbolicName(), module.fileName(), rewrite(module.deploymentName(), ordering),
        module.scope(), arguments, module.inner(), ordering);
  }

  /** Every resource this template declares: rebuilt ones and {@code existing} copies. */
  List<PlannedResource> resources() {
    List<PlannedResource> all = new ArrayList<>(rebuilt.values());
    all.addAll(copies.values());
    return all;
  }

  /**
   * {@code value} as this template writes it; the ordering it implies outside this template goes to
   * {@code outside}. A part that rewriting leaves as it is, literals and all, is returned itself, not copied.
   */
  Value rewrite(Value value, Collection<Deployable> outside) {
    if (value instanceof Lit) {
      return value;
    } else if (value instanceof Obj obj) {
      return rewrite(obj, outside);
    } else if (value instanceof KeyedObj keyed) {
      List<KeyedObj.Entry> entries = new ArrayList<>(keyed.entries().size());
      boolean changed = false;
      for (KeyedObj.Entry entry : keyed.entries()) {
        Value key = rewrite(entry.key(), outside);
        Value item = rewrite(entry.value(), outside);
        changed |= key != entry.key() || item != entry.value();
        entries.add(key == entry.key() && item == entry.value() ? entry : new KeyedObj.Entry(key, item));
      }
      return changed ? new KeyedObj(entries) : keyed;
    } else if (value instanceof Arr arr) {
      List<Value> items = rewrite(arr.items(), outside);
      return items == arr.items() ? arr : new Arr(items);
    }
    return rewrite((Expr) value, outside);
  }

  private Obj rewrite(Obj obj, Collection<Deployable> outside) {
    Obj.Builder builder = null;
    for (Map.Entry<String, Value> entry : obj.entries().entrySet()) {
      Value rewritten = rewrite(entry.getValue(), outside);
      if (builder == null && rewritten != entry.getValue()) {
        builder = Obj.builder();
        for (Map.Entry<String, Value> earlier : obj.entries().entrySet()) {
          if (earlier.getKey().equals(entry.getKey())) {
            break;
          }
          builder.put(earlier.getKey(), earlier.getValue());
        }
      }
      if (builder != null) {
        builder.put(entry.getKey(), rewritten);
      }
    }
    return builder == null ? obj : builder.build();
  }

  /** {@code values} rewritten: the list itself when none changes. */
  private List<Value> rewrite(List<Value> values, Collection<Deployable> outside) {
    List<Value> rewritten = new ArrayList<>(values.size());
    boolean changed = false;
    for (Value item : values) {
      Value done = rewrite(item, outside);
      changed |= done != item;
      rewritten.add(done);
    }
    return changed ? List.copyOf(rewritten) : values;
  }

  private Expr rewrite(Expr expr, Collection<Deployable> outside) {
    if (expr instanceof ParamRef param) {
      return parameters.apply(param);
    } else if (expr instanceof ResourceIdOf id) {
      return new ResourceIdOf(reference(id.target(), outside));
    } else if (expr instanceof PropertyOf property) {
      return new PropertyOf(reference(property.target(), outside), property.path());
    } else if (expr instanceof ScopeOf scope) {
      return new ScopeOf(reference(scope.target(), outside));
    } else if (expr instanceof Call call) {
      List<Value> arguments = rewrite(call.arguments(), outside);
      return arguments == call.arguments() ? call : new Call(call.function(), arguments);
    } else if (expr instanceof Member member) {
      Expr target = rewrite(member.target(), outside);
      return target == member.target() ? member : new Member(target, member.property());
    } else if (expr instanceof NotListed test) {
      Value list = rewrite(test.list(), outside);
      Value item = rewrite(test.item(), outside);
      return list == test.list() && item == test.item() ? test : new NotListed(list, item);
    }
    throw new IllegalStateException("bug: unknown expression " + expr);
  }

  /** {@code resource} as seen from this template: rebuilt when deployed here, else an {@code existing} copy. */
  private PlannedResource reference(PlannedResource resource, Collection<Deployable> outside) {
    if (!resource.existing() && placeOf(resource).equals(home)) {
      return rebuild(resource, outside);
    }
    addDeployer(resource, outside);
    PlannedResource copy = copies.get(resource.symbolicName());
    if (copy == null) {
      copy = new PlannedResource(resource.symbolicName(), resource.type(),
          resource.parent().map(parent -> reference(parent, outside)), rewrite(resource.name(), outside), Obj.empty(),
          List.of(), true, resource.existing() ? resource.home() : Optional.empty(), Optional.empty());
      copies.put(resource.symbolicName(), copy);
    }
    return copy;
  }

  /** Adds what deploys {@code dependency} (itself, or its group's nested deployment) unless it already exists. */
  private void addDeployer(Deployable dependency, Collection<Deployable> outside) {
    if (dependency instanceof PlannedResource resource) {
      if (resource.existing()) {
        return;
      }
      String place = placeOf(resource);
      if (!place.equals(MAIN) && !home.equals(MAIN)) {
        throw new IllegalStateException("bug: group '" + home + "' references " + resource + " of group '" + place + "'");
      }
      outside.add(place.equals(MAIN) ? resource : groupDeployments.apply(place));
    } else {
      outside.add(dependency);
    }
  }
}
