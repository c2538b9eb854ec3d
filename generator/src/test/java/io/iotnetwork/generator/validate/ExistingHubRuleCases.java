package io.iotnetwork.generator.validate;

import static io.iotnetwork.generator.Fixtures.existingSubnet;
import static io.iotnetwork.generator.Fixtures.networkWith;
import static io.iotnetwork.generator.Fixtures.privateHub;

import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.List;

/** A failing and a passing definition for every rule about existing hubs ({@code IotHub.existing(..)}). */
final class ExistingHubRuleCases {
  static final String HUB_ID = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-portal"
      + "/providers/Microsoft.Devices/IotHubs/contoso-hub";

  private static final String IDENTITY_ID = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups"
      + "/rg-identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-contoso-hub";

  private ExistingHubRuleCases() {}

  static List<RuleCase> all() {
    return List.of(
        new RuleCase("public access on an existing hub's record", "existing-hub-setting", Severity.ERROR,
            "iotHub[contoso-hub].publicNetworkAccess",
            () -> networkWith(withPublicAccess(existingHub())).build(),
            () -> networkWith(existingHub()).build()),
        new RuleCase("routing endpoints on an existing hub's record", "existing-hub-setting", Severity.ERROR,
            "iotHub[contoso-hub].routing.endpoints",
            () -> networkWith(withEgress(existingHub(), routingHub().egress())).build(),
            () -> networkWith(existingHub()).build()),
        new RuleCase("existing hub id of another type", "existing-resource-id", Severity.ERROR,
            "iotHub[vnet-iot]",
            () -> networkWith(IotHub.existing(HUB_ID.replace("Microsoft.Devices/IotHubs/contoso-hub",
                "Microsoft.Network/virtualNetworks/vnet-iot"))
                .definePrivateEndpoint("pe-hub").inSubnet(existingSubnet()).attach().build()).build(),
            () -> networkWith(existingHub()).build()),
        new RuleCase("access grant without a declared identity", "egress-needs-identity", Severity.ERROR,
            "iotHub[contoso-hub].access[stcontosoarchive/telemetry]",
            () -> networkWith(IotHub.existing(HUB_ID).grantAccess().toStorageContainer(archive(), "telemetry").attach()
                .build()).build(),
            () -> networkWith(IotHub.existing(HUB_ID).withExistingSystemAssignedIdentity()
                .grantAccess().toStorageContainer(archive(), "telemetry").attach().build()).build()),
        new RuleCase("access grant of a user-assigned identity on a restricted target",
            "user-assigned-identity-restricted-target", Severity.ERROR,
            "iotHub[contoso-hub].access[stcontosoarchive/telemetry]",
            () -> networkWith(IotHub.existing(HUB_ID).withExistingUserAssignedIdentity(UserAssignedIdentity.existing(
                IDENTITY_ID)).grantAccess().toStorageContainer(archive(), "telemetry").attach().build()).build(),
            () -> networkWith(IotHub.existing(HUB_ID).withExistingUserAssignedIdentity(UserAssignedIdentity.existing(
                IDENTITY_ID)).withExistingSystemAssignedIdentity().grantAccess()
                .toStorageContainer(archive(), "telemetry").withIdentity(IdentityKind.SYSTEM_ASSIGNED).attach().build())
                .build()));
  }

  /** An existing hub in another subscription, with one private endpoint. */
  static IotHubSpec existingHub() {
    return IotHub.existing(HUB_ID).definePrivateEndpoint("pe-contoso-hub").inSubnet(existingSubnet()).attach().build();
  }

  private static StorageAccountSpec archive() {
    return StorageAccount.define("stcontosoarchive").build();
  }

  private static IotHubSpec routingHub() {
    return privateHub("hub-routing").withSystemAssignedIdentity()
        .defineRoutingEndpoint("archive").toStorageContainer(archive(), "telemetry").attach().build();
  }

  /** {@code hub}'s record with public access enabled, as no DSL stage of an existing hub can write it. */
  static IotHubSpec withPublicAccess(IotHubSpec hub) {
    return new IotHubSpec(hub.name(), hub.region(), hub.sku(), hub.units(), hub.builtInEndpoint(), hub.minTlsVersion(),
        hub.disableLocalAuth(), hub.disableDeviceSas(), hub.disableModuleSas(), PublicNetworkAccess.ENABLED, true,
        hub.ipFilter(), hub.privateEndpoints(), hub.egress(), hub.settings(), hub.tags(), hub.fleet(), hub.existing(), hub.source());
  }

  private static IotHubSpec withEgress(IotHubSpec hub, EgressSpec egress) {
    return new IotHubSpec(hub.name(), hub.region(), hub.sku(), hub.units(), hub.builtInEndpoint(), hub.minTlsVersion(),
        hub.disableLocalAuth(), hub.disableDeviceSas(), hub.disableModuleSas(), hub.publicNetworkAccess(), hub.publicNetworkAccessSet(),
        hub.ipFilter(), hub.privateEndpoints(), egress, hub.settings(), hub.tags(), hub.fleet(), hub.existing(), hub.source());
  }
}
