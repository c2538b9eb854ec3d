package io.iotnetwork.generator.report;

import io.iotnetwork.generator.validate.Diagnostics;
import java.util.List;

/**
 * The posture of a whole network definition.
 *
 * @param networkId    the definition's id
 * @param hubs         every hub's posture
 * @param deviceSites  where devices connect from, in words
 * @param diagnostics  every finding of the generation
 */
public record Posture(String networkId, List<HubPosture> hubs, List<String> deviceSites, Diagnostics diagnostics) {
  public Posture {
    hubs = List.copyOf(hubs);
    deviceSites = List.copyOf(deviceSites);
  }

  /** One line per hub, for build logs: exposure, DNS, TLS, local auth and egress at a glance. */
  public List<String> summaryLines() {
    return hubs.stream().map(hub -> "hub '" + hub.name() + "': public endpoint " + hub.publicEndpoint().describe()
        + "; " + hub.privateEndpoints().size() + " private endpoint(s); DNS " + (hub.dns().complete()
            ? "covers both zones" : "NOT managed for both zones") + "; TLS " + hub.minTlsVersion()
        + "; hub-level keys " + (hub.localAuthDisabled() ? "disabled" : "ENABLED") + "; egress: "
        + hub.egress().size() + " path(s), " + hub.deploymentPath()).toList();
  }
}
