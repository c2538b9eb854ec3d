package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * A resource group given by literal subscription id and name, e.g. where an existing target lives.
 *
 * @param subscriptionId  the subscription
 * @param resourceGroup   the resource group
 */
public record ResourceGroupRef(String subscriptionId, String resourceGroup) {
  public ResourceGroupRef {
    requireNonNull(subscriptionId);
    requireNonNull(resourceGroup);
  }
}
