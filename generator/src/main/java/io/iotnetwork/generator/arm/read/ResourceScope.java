package io.iotnetwork.generator.arm.read;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a resource lives: its subscription and resource group, each empty when the export leaves
 * it to the deployment (a template deployed to whatever resource group it is given). Compared
 * without case, as Azure compares them.
 */
public record ResourceScope(Optional<String> subscriptionId, Optional<String> resourceGroup) {
  /** The scope of the deployment itself: nothing known. */
  public static final ResourceScope DEPLOYMENT = new ResourceScope(Optional.empty(), Optional.empty());

  public ResourceScope {
    requireNonNull(subscriptionId, "subscriptionId");
    requireNonNull(resourceGroup, "resourceGroup");
    subscriptionId = subscriptionId.map(id -> id.toLowerCase(Locale.ROOT));
    resourceGroup = resourceGroup.map(group -> group.toLowerCase(Locale.ROOT));
  }

  /** The scope a resource id names ({@code /subscriptions/<s>/resourceGroups/<g>/...}). */
  static ResourceScope ofResourceId(String id) {
    String[] parts = id.split("/");
    Optional<String> subscription = Optional.empty();
    Optional<String> group = Optional.empty();
    for (int i = 1; i + 1 < parts.length; i += 2) {
      if (parts[i].equalsIgnoreCase("subscriptions")) {
        subscription = Optional.of(parts[i + 1]);
      } else if (parts[i].equalsIgnoreCase("resourceGroups")) {
        group = Optional.of(parts[i + 1]);
      } else {
        break;
      }
    }
    return new ResourceScope(subscription, group);
  }

  /** This scope, with what it leaves open taken from {@code outer}. */
  ResourceScope within(ResourceScope outer) {
    return new ResourceScope(subscriptionId.or(outer::subscriptionId), resourceGroup.or(outer::resourceGroup));
  }

  @Override
  public String toString() {
    return subscriptionId.orElse("<deployment subscription>") + "/" + resourceGroup.orElse("<deployment resource group>");
  }
}
