package io.iotnetwork.generator.report;

import io.iotnetwork.model.ExistingPrivateDnsZones;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.NewPrivateDnsZones;

/**
 * How the two private DNS zones of a private hub resolve: the hub's zone and the built-in endpoint's
 * Service Bus zone.
 *
 * @param iotHubZone      the hub's zone and how it is provided
 * @param serviceBusZone  the built-in endpoint's zone and how it is provided
 * @param complete        true when both zones are integrated with every private endpoint
 */
public record DnsCoverage(String iotHubZone, String serviceBusZone, boolean complete) {

  /** The coverage of {@code spec}'s DNS choice, with the cloud's zone names. */
  static DnsCoverage of(IotNetworkSpec spec, String iotHubZoneName, String serviceBusZoneName) {
    if (spec.privateDns() instanceof NewPrivateDnsZones) {
      return new DnsCoverage(iotHubZoneName + " (created, linked)", serviceBusZoneName + " (created, linked)", true);
    }
    if (spec.privateDns() instanceof ExistingPrivateDnsZones existing) {
      String how = existing.linkNetworks() ? " (existing; linked by this template)" : " (existing; links are its owner's)";
      return new DnsCoverage(iotHubZoneName + how, serviceBusZoneName + how, true);
    }
    return new DnsCoverage("not managed (own DNS)", "not managed (own DNS)", false);
  }
}
