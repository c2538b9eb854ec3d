package io.iotnetwork.model;

import java.util.Optional;

/**
 * Where an existing hub lives: the template references it and never deploys it. It is named either
 * by its full resource id (any subscription of the tenant), or by resource group and name (then it
 * lies in the deployment's subscription).
 *
 * @param resourceId     the full resource id, when given that way
 * @param resourceGroup  the resource group, when named by group and name
 */
public record ExistingIotHub(Optional<String> resourceId, Optional<String> resourceGroup) {

  public ExistingIotHub {
    ResourceNaming.requireIdOrGroup(resourceId, resourceGroup);
  }

  /** The parsed resource id; empty when named by group and name, or when the id is malformed. */
  public Optional<AzureResourceId> parsedId() {
    return resourceId.flatMap(AzureResourceId::parse);
  }
}
