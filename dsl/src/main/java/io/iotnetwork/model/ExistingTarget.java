package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * A target that exists already, possibly in another resource group or subscription of the tenant.
 *
 * @param resourceId its full resource id
 */
public record ExistingTarget(String resourceId) implements TargetOrigin {
  public ExistingTarget {
    requireNonNull(resourceId);
  }
}
