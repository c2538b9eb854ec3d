package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import io.iotnetwork.model.AccessGrantSpec;
import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.ExistingIotHub;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.FallbackRouteSpec;
import io.iotnetwork.model.HubIdentitySpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.UserAssignedIdentityRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the reference to an existing hub: its private endpoints and access grants. */
final class ExistingIotHubBuilder implements ExistingIotHubStages.Options {
  private final String name;
  private final ExistingIotHub where;
  private final SourceLocation source;
  private Optional<Region> region = Optional.empty();
  private final List<PrivateEndpointSpec> privateEndpoints = new ArrayList<>();
  private boolean systemAssignedIdentity;
  private Optional<UserAssignedIdentityRef> userAssignedIdentity = Optional.empty();
  private final List<AccessGrantSpec> access = new ArrayList<>();

  private ExistingIotHubBuilder(String name, ExistingIotHub where, SourceLocation source) {
    this.name = name;
    this.where = where;
    this.source = source;
  }

  static ExistingIotHubBuilder byResourceId(String resourceId, SourceLocation source) {
    String name = AzureResourceId.parse(resourceId).map(AzureResourceId::leafName).orElse(resourceId);
    return new ExistingIotHubBuilder(name, new ExistingIotHub(Optional.of(resourceId), Optional.empty()), source);
  }

  static ExistingIotHubBuilder byGroupAndName(String resourceGroup, String name, SourceLocation source) {
    return new ExistingIotHubBuilder(name, new ExistingIotHub(Optional.empty(), Optional.of(resourceGroup)), source);
  }

  @Override
  public ExistingIotHubStages.Options inRegion(Region region) {
    this.region = Optional.of(requireNonNull(region, "region"));
    return this;
  }

  @Override
  public IotHubStages.PrivateEndpointBlank<ExistingIotHubStages.Options> definePrivateEndpoint(String name) {
    return new PrivateEndpointBuilder<>(endpoint -> {
      privateEndpoints.add(endpoint);
      return this;
    }, requireNonNull(name, "name"), Callers.location());
  }

  @Override
  public ExistingIotHubStages.Options withExistingSystemAssignedIdentity() {
    this.systemAssignedIdentity = true;
    return this;
  }

  @Override
  public ExistingIotHubStages.Options withExistingUserAssignedIdentity(ExistingUserAssignedIdentity identity) {
    this.userAssignedIdentity = Optional.of(requireNonNull(identity, "identity"));
    return this;
  }

  @Override
  public ExistingIotHubStages.AccessBlank grantAccess() {
    return new AccessGrantBuilder(grant -> {
      access.add(grant);
      return this;
    }, Callers.location());
  }

  @Override
  public IotHubSpec build() {
    EgressSpec egress = new EgressSpec(new HubIdentitySpec(systemAssignedIdentity, userAssignedIdentity), List.of(),
        List.of(), FallbackRouteSpec.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(), access);
    return IotHubSpec.existing(name, where, region, privateEndpoints, egress, source);
  }
}
