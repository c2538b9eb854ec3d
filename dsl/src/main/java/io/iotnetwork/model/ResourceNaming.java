package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The shape check of an existing resource named by full resource id or by resource group and name. */
final class ResourceNaming {
  private ResourceNaming() {}

  /** Throws unless exactly one of {@code resourceId} and {@code resourceGroup} is given. */
  static void requireIdOrGroup(Optional<String> resourceId, Optional<String> resourceGroup) {
    if (requireNonNull(resourceId).isPresent() == requireNonNull(resourceGroup).isPresent()) {
      throw new IllegalArgumentException("give either a resource id or a resource group");
    }
  }
}
