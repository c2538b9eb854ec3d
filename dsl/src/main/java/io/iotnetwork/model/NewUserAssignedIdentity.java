package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import java.util.Map;
import java.util.Optional;

/**
 * A user-assigned identity ({@code Microsoft.ManagedIdentity/userAssignedIdentities}) the template
 * creates.
 *
 * @param name    its name
 * @param region  its region; empty means the network's
 * @param tags    its own tags, merged over the network's
 * @param source  where it was declared
 */
public record NewUserAssignedIdentity(String name, Optional<Region> region, Map<String, String> tags,
    SourceLocation source) implements UserAssignedIdentityRef {

  public NewUserAssignedIdentity {
    requireNonNull(name);
    requireNonNull(region);
    tags = Tags.copyOf(tags);
    requireNonNull(source);
  }
}
