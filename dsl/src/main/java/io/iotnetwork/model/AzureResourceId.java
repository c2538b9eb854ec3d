package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed resource-group-scoped Azure resource id,
 * {@code /subscriptions/<sub>/resourceGroups/<rg>/providers/<Namespace>/<type>/<name>[/<type>/<name>]...}.
 *
 * @param subscriptionId  the subscription
 * @param resourceGroup   the resource group
 * @param type            the full type, e.g. {@code Microsoft.Network/virtualNetworks/subnets}
 * @param names           the names along the type's segments, e.g. {@code [vnet, snet]}
 */
public record AzureResourceId(String subscriptionId, String resourceGroup, String type, List<String> names) {

  public AzureResourceId {
    requireNonNull(subscriptionId);
    requireNonNull(resourceGroup);
    requireNonNull(type);
    names = List.copyOf(names);
  }

  /** Parses {@code id}; empty when it is not a resource-group-scoped resource id. */
  public static Optional<AzureResourceId> parse(String id) {
    String[] parts = id.split("/", -1);
    // "", subscriptions, sub, resourceGroups, rg, providers, Namespace, type, name, ...
    if (parts.length < 9 || parts.length % 2 != 1 || !parts[0].isEmpty()
        || !parts[1].equalsIgnoreCase("subscriptions") || !parts[3].equalsIgnoreCase("resourceGroups")
        || !parts[5].equalsIgnoreCase("providers")) {
      return Optional.empty();
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].isBlank()) {
        return Optional.empty();
      }
    }
    StringBuilder type = new StringBuilder(parts[6]);
    List<String> names = new ArrayList<>();
    for (int i = 7; i < parts.length; i += 2) {
      type.append('/').append(parts[i]);
      names.add(parts[i + 1]);
    }
    return Optional.of(new AzureResourceId(parts[2], parts[4], type.toString(), names));
  }

  /** True when this id's type is {@code expectedType}, compared case-insensitively as ARM does. */
  public boolean isOfType(String expectedType) {
    return type.toLowerCase(Locale.ROOT).equals(expectedType.toLowerCase(Locale.ROOT));
  }

  /** The last name, e.g. the subnet's for a subnet id. */
  public String leafName() {
    return names.get(names.size() - 1);
  }
}
