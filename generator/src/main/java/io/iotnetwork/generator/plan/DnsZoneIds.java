package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * The ids of the two private DNS zones every private endpoint's zone group covers, with the zone
 * names that name the zone group's configs.
 *
 * @param iotHubZoneName      the IoT Hub zone's name
 * @param iotHubZoneId        its id
 * @param serviceBusZoneName  the built-in endpoint's Service Bus zone's name
 * @param serviceBusZoneId    its id
 */
record DnsZoneIds(String iotHubZoneName, Value iotHubZoneId, String serviceBusZoneName, Value serviceBusZoneId) {
  DnsZoneIds {
    requireNonNull(iotHubZoneName);
    requireNonNull(iotHubZoneId);
    requireNonNull(serviceBusZoneName);
    requireNonNull(serviceBusZoneId);
  }
}
