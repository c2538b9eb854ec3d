package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One resource of the plan.
 *
 * @param symbolicName       stable name: the Bicep symbol and the key of ordering and dependencies
 * @param type               type and API version
 * @param parent             the parent of a child resource (Bicep {@code parent:}, ARM {@code a/b} names)
 * @param name               the resource's own name (the last segment for a child)
 * @param body               everything but type, apiVersion, name and dependsOn, in output order:
 *                           {@code location}, {@code tags}, {@code sku}, {@code identity}, {@code properties}...
 * @param explicitDependsOn  ordering that no reference in {@code body} implies
 */
public record PlannedResource(
    String symbolicName,
    ResourceType type,
    Optional<PlannedResource> parent,
    Value name,
    Obj body,
    List<PlannedResource> explicitDependsOn) {

  public PlannedResource {
    requireNonNull(symbolicName);
    requireNonNull(type);
    requireNonNull(parent);
    requireNonNull(name);
    requireNonNull(body);
    explicitDependsOn = List.copyOf(explicitDependsOn);
  }

  /** A top-level resource. */
  public static PlannedResource of(String symbolicName, ResourceType type, Value name, Obj body) {
    return new PlannedResource(symbolicName, type, Optional.empty(), name, body, List.of());
  }

  /** A child resource of {@code parent}. */
  public static PlannedResource child(String symbolicName, ResourceType type, PlannedResource parent,
      Value name, Obj body) {
    return new PlannedResource(symbolicName, type, Optional.of(parent), name, body, List.of());
  }

  /** The names from the top-level ancestor down to this resource, as ARM's resourceId() takes them. */
  public List<Value> nameSegments() {
    List<Value> segments = new ArrayList<>(parent.map(PlannedResource::nameSegments).orElse(List.of()));
    segments.add(name);
    return segments;
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
