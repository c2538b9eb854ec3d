package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import java.util.Map;
import java.util.Optional;

/**
 * A target the template creates, in the deployment's resource group.
 *
 * @param region its region; empty means the network's
 * @param tags   its own tags, merged over the network's
 */
public record CreatedTarget(Optional<Region> region, Map<String, String> tags) implements TargetOrigin {
  public CreatedTarget {
    requireNonNull(region);
    tags = Tags.copyOf(tags);
  }
}
