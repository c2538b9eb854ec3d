package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One resource of the plan: created by the template, or existing and only referenced (Bicep
 * {@code existing}; never written to ARM, never a dependency).
 *
 * @param symbolicName       stable name: the Bicep symbol and the key of ordering and dependencies
 * @param type               type and API version
 * @param parent             the parent of a child resource (Bicep {@code parent:}, ARM {@code a/b} names)
 * @param name               the resource's own name (the last segment for a child)
 * @param body               everything but type, apiVersion, name and dependsOn, in output order:
 *                           {@code scope}, {@code location}, {@code tags}, {@code sku}, {@code identity},
 *                           {@code properties}...
 * @param explicitDependsOn  ordering that no reference in {@code body} implies
 * @param existing           true for a resource that is only referenced
 * @param home               for an existing top-level resource in another resource group: where it is
 * @param condition          when present, the resource is deployed only when this is true (ARM
 *                           {@code condition}, Bicep {@code if}); ARM drops an undeployed resource from
 *                           the {@code dependsOn} of others, and a reference to its properties reads
 *                           the resource as it exists in Azure
 */
public record PlannedResource(
    String symbolicName,
    ResourceType type,
    Optional<PlannedResource> parent,
    Value name,
    Obj body,
    List<Deployable> explicitDependsOn,
    boolean existing,
    Optional<ResourceGroupRef> home,
    Optional<Value> condition) implements Deployable {

  public PlannedResource {
    requireNonNull(symbolicName);
    requireNonNull(type);
    requireNonNull(parent);
    requireNonNull(name);
    requireNonNull(body);
    explicitDependsOn = List.copyOf(explicitDependsOn);
    requireNonNull(home);
    requireNonNull(condition);
    if (existing && condition.isPresent()) {
      throw new IllegalArgumentException("bug: an existing resource is never deployed, so has no condition: " + symbolicName);
    }
    if (home.isPresent() && (!existing || parent.isPresent())) {
      throw new IllegalArgumentException("bug: only an existing top-level resource has a home: " + symbolicName);
    }
  }

  /** A top-level resource the template creates. */
  public static PlannedResource of(String symbolicName, ResourceType type, Value name, Obj body) {
    return new PlannedResource(symbolicName, type, Optional.empty(), name, body, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  /** A child resource of {@code parent} the template creates. */
  public static PlannedResource child(String symbolicName, ResourceType type, PlannedResource parent,
      Value name, Obj body) {
    return new PlannedResource(symbolicName, type, Optional.of(parent), name, body, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  /** An existing resource, in the deployment's resource group or, with {@code home}, in another one. */
  public static PlannedResource existing(String symbolicName, ResourceType type, Optional<PlannedResource> parent,
      String name, Optional<ResourceGroupRef> home) {
    return new PlannedResource(symbolicName, type, parent, Value.of(name), Obj.empty(), List.of(), true, home,
        Optional.empty());
  }

  /** A copy that is also ordered after {@code dependencies}. */
  public PlannedResource dependingOn(List<? extends Deployable> dependencies) {
    List<Deployable> all = new ArrayList<>(explicitDependsOn);
    all.addAll(dependencies);
    return new PlannedResource(symbolicName, type, parent, name, body, all, existing, home, condition);
  }

  /** A copy deployed only when {@code deployWhen} is true. */
  public PlannedResource onlyIf(Value deployWhen) {
    return new PlannedResource(symbolicName, type, parent, name, body, explicitDependsOn, existing, home,
        Optional.of(deployWhen));
  }

  /** The names from the top-level ancestor down to this resource, as ARM's resourceId() takes them. */
  public List<Value> nameSegments() {
    List<Value> segments = new ArrayList<>(parent.map(PlannedResource::nameSegments).orElse(List.of()));
    segments.add(name);
    return segments;
  }

  /** The resource group of an existing resource elsewhere; inherited from the parent. */
  public Optional<ResourceGroupRef> homeGroup() {
    return parent.map(PlannedResource::homeGroup).orElse(home);
  }

  /** For an extension resource (a role assignment), the resource its {@code scope} names. */
  public Optional<PlannedResource> extensionScope() {
    return body.get("scope") instanceof ScopeOf scope ? Optional.of(scope.target()) : Optional.empty();
  }

  /** A reference to this resource's id. */
  public ResourceIdOf id() {
    return new ResourceIdOf(this);
  }

  /** Equality by symbolic name, which the plan keeps unique; bodies are not compared. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PlannedResource that && symbolicName.equals(that.symbolicName);
  }

  @Override
  public int hashCode() {
    return symbolicName.hashCode();
  }

  @Override
  public String toString() {
    return symbolicName + " (" + type.type() + ")";
  }
}
