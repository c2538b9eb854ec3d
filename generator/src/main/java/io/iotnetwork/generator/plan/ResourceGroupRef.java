package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.AzureResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource group given by literal name and, unless it is the deployment's, subscription id: where an
 * existing target or hub lives.
 *
 * @param subscriptionId  the subscription; empty means the deployment's
 * @param resourceGroup   the resource group
 */
public record ResourceGroupRef(Optional<String> subscriptionId, String resourceGroup) {
  public ResourceGroupRef {
    requireNonNull(subscriptionId);
    requireNonNull(resourceGroup);
  }

  /** A resource group of subscription {@code subscriptionId}. */
  public ResourceGroupRef(String subscriptionId, String resourceGroup) {
    this(Optional.of(subscriptionId), resourceGroup);
  }

  /**
   * Where an existing resource named by full resource id or by group and name lives: the subscription and group
   * of its id, or its group in the deployment's subscription.
   */
  public static ResourceGroupRef home(Optional<String> resourceId, Optional<String> resourceGroup) {
    if (resourceGroup.isPresent()) {
      return new ResourceGroupRef(Optional.empty(), resourceGroup.get());
    }
    String id = resourceId.orElseThrow(() -> new IllegalStateException("bug: neither a resource id nor a group"));
    AzureResourceId parsed = AzureResourceId.parse(id)
        .orElseThrow(() -> new IllegalStateException("bug: malformed resource id passed validation: " + id));
    return new ResourceGroupRef(parsed.subscriptionId(), parsed.resourceGroup());
  }

  /** The literal arguments that name this group in {@code resourceGroup(..)} and {@code resourceId(..)}. */
  public List<String> arguments() {
    List<String> arguments = new ArrayList<>();
    subscriptionId.ifPresent(arguments::add);
    arguments.add(resourceGroup);
    return arguments;
  }

  /** {@link #arguments()} as plan values. */
  public List<Value> argumentValues() {
    return arguments().stream().<Value>map(Value::of).toList();
  }
}
