package io.iotnetwork.generator.report;

import io.iotnetwork.generator.validate.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posture of a whole network definition.
 *
 * @param networkId    the definition's id
 * @param hubs         every hub's posture
 * @param deviceSites  where devices connect from, in words
 * @param diagnostics  every finding of the generation
 */
public record Posture(String networkId, List<HubPosture> hubs, List<String> deviceSites, Diagnostics diagnostics) {
  /**
   * Hubs a summary lists one by one; beyond this, hubs with the same posture share a line, and the
   * diagram draws a fleet's hubs of one region as one box.
   */
  public static final int MAX_HUBS_LISTED = 12;

  public Posture {
    hubs = List.copyOf(hubs);
    deviceSites = List.copyOf(deviceSites);
  }

  /**
   * For build logs: exposure, DNS, TLS, local auth and egress at a glance, one line per hub; beyond
   * {@value #MAX_HUBS_LISTED} hubs, one line per distinct posture with its hubs counted.
   */
  public List<String> summaryLines() {
    if (hubs.size() <= MAX_HUBS_LISTED) {
      return hubs.stream().map(hub -> "hub '" + hub.name() + "': " + summary(hub)).toList();
    }
    Map<String, List<String>> hubsByPosture = new LinkedHashMap<>();
    hubs.forEach(hub -> hubsByPosture.computeIfAbsent(summary(hub), posture -> new ArrayList<>()).add(hub.name()));
    List<String> lines = new ArrayList<>();
    hubsByPosture.forEach((posture, names) -> lines.add(names.size() == 1 ? "hub '" + names.get(0) + "': " + posture
        : names.size() + " hubs ('" + names.get(0) + "' ... '" + names.get(names.size() - 1) + "'): " + posture));
    return lines;
  }

  private static String summary(HubPosture hub) {
    if (hub.existing()) {
      return HubPosture.NOT_MANAGED + "; " + hub.privateEndpoints().size() + " private endpoint(s); DNS "
          + (hub.dns().complete() ? "covers both zones" : "NOT managed for both zones") + "; egress: "
          + hub.egress().size() + " path(s), " + hub.deploymentPath();
    }
    return "public endpoint " + hub.publicEndpoint().describe() + "; " + hub.privateEndpoints().size()
        + " private endpoint(s); DNS " + (hub.dns().complete() ? "covers both zones" : "NOT managed for both zones")
        + "; TLS " + hub.minTlsVersion() + "; hub-level keys " + (hub.localAuthDisabled() ? "disabled" : "ENABLED")
        + "; egress: " + hub.egress().size() + " path(s), " + hub.deploymentPath();
  }
}
