package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.plan.PrivateDnsZoneNames;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.ExistingPrivateDnsZones;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code existing-dns-zones}: existing private DNS zones are named by
 * {@code Microsoft.Network/privateDnsZones} resource ids whose zone names are the cloud's
 * recommended ones (records are only auto-registered in those, azure-facts §3). Unless the template
 * links them, an info finding reminds that linking existing zones stays with their owner.
 */
public final class ExistingDnsZonesRule extends RuleSupport {
  private static final String ZONE_TYPE = "Microsoft.Network/privateDnsZones";

  public ExistingDnsZonesRule() {
    super("existing-dns-zones");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    if (!(spec.privateDns() instanceof ExistingPrivateDnsZones zones)) {
      return Stream.empty();
    }
    Optional<PrivateDnsZoneNames> expected = PrivateDnsZoneNames.of(spec.cloud());
    String path = spec.path() + ".privateDns";
    Stream.Builder<Diagnostic> found = Stream.builder();
    checkZone(zones.iotHubZoneId(), expected.map(PrivateDnsZoneNames::iotHubZone), "iotHubZoneId", path, zones, found);
    checkZone(zones.serviceBusZoneId(), expected.map(PrivateDnsZoneNames::serviceBusZone), "serviceBusZoneId", path,
        zones, found);
    if (!zones.linkNetworks()) {
      found.add(info(path, zones.source(),
          "The existing private DNS zones are used as they are: this template links neither of them to a virtual network.",
          "Make sure both zones are linked to every private endpoint's virtual network (or to the DNS network it forwards "
              + "to), or use PrivateDns.existingZonesLinkedTo(..) to have the template link them."));
    }
    return found.build();
  }

  private void checkZone(String zoneId, Optional<String> expectedName, String argument, String path,
      ExistingPrivateDnsZones zones, Stream.Builder<Diagnostic> found) {
    Optional<AzureResourceId> parsed = AzureResourceId.parse(zoneId).filter(id -> id.isOfType(ZONE_TYPE));
    if (parsed.isEmpty()) {
      found.add(error(path, zones.source(),
          argument + " '" + zoneId + "' is not a resource id of type " + ZONE_TYPE + ".",
          "Pass /subscriptions/<id>/resourceGroups/<rg>/providers/" + ZONE_TYPE + "/<zone> to PrivateDns.existingZones(..)."));
    } else if (expectedName.isPresent()
        && !parsed.get().leafName().toLowerCase(Locale.ROOT).equals(expectedName.get())) {
      found.add(error(path, zones.source(),
          argument + " names zone '" + parsed.get().leafName() + "', but this cloud's zone is '" + expectedName.get()
              + "'; records are registered only in the recommended zone.",
          "Pass the id of the " + expectedName.get() + " zone as " + argument + " to PrivateDns.existingZones(..)."));
    }
  }
}
