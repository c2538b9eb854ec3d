package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.NewUserAssignedIdentity;
import java.util.Map;
import java.util.Optional;

/** User-assigned managed identities for {@code IotHub...withUserAssignedIdentity(..)}. */
public final class UserAssignedIdentity {
  private UserAssignedIdentity() {}

  /** An identity the template creates in the network's region. */
  public static NewUserAssignedIdentity define(String name) {
    return new NewUserAssignedIdentity(requireNonNull(name, "name"), Optional.empty(), Map.of(), Callers.location());
  }

  /** An identity the template creates in {@code region}. */
  public static NewUserAssignedIdentity define(String name, Region region) {
    return new NewUserAssignedIdentity(requireNonNull(name, "name"), Optional.of(requireNonNull(region, "region")), Map.of(), Callers.location());
  }

  /** An existing identity, by resource id; in any resource group or subscription of the tenant. */
  public static ExistingUserAssignedIdentity existing(String resourceId) {
    requireNonNull(resourceId, "resourceId");
    String name = AzureResourceId.parse(resourceId).map(AzureResourceId::leafName).orElse(resourceId);
    return new ExistingUserAssignedIdentity(resourceId, name, Callers.location());
  }

  /** An existing identity in resource group {@code resourceGroup} of the deployment's subscription, by name. */
  public static ExistingUserAssignedIdentity existing(String resourceGroup, String name) {
    Optional<String> group = Optional.of(requireNonNull(resourceGroup, "resourceGroup"));
    return new ExistingUserAssignedIdentity(Optional.empty(), group, requireNonNull(name, "name"), Callers.location());
  }
}
