package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A virtual network that already exists, referenced and never created. It is named either by
 * its full resource id, or by resource group and name (then it lies in the deployment's
 * subscription).
 *
 * @param resourceId     the full resource id, when given that way
 * @param resourceGroup  the resource group, when named by group and name
 * @param name           the network's name (taken from the id when given by id)
 * @param source         where it was referenced
 */
public record ExistingVirtualNetwork(
    Optional<String> resourceId, Optional<String> resourceGroup, String name, SourceLocation source)
    implements VirtualNetworkRef {

  public ExistingVirtualNetwork {
    ResourceNaming.requireIdOrGroup(resourceId, resourceGroup);
    requireNonNull(name);
    requireNonNull(source);
  }
}
