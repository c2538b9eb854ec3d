package io.iotnetwork.generator.report;

import java.util.List;

/**
 * A hub's security posture.
 *
 * @param name              the hub
 * @param publicEndpoint    the public endpoint's exposure
 * @param privateEndpoints  its private endpoints, as {@code name (vnet/subnet)}
 * @param dns               how both private DNS zones resolve
 * @param minTlsVersion     the enforced TLS version
 * @param localAuthDisabled whether hub-level shared access policies are off
 * @param identities        its managed identities in words
 * @param deploymentPath    how its egress is ordered, in words
 * @param egress            every egress path
 * @param existing          true for an existing hub, whose own settings the template does not manage
 */
public record HubPosture(String name, PublicEndpoint publicEndpoint, List<String> privateEndpoints, DnsCoverage dns,
    String minTlsVersion, boolean localAuthDisabled, String identities, String deploymentPath, List<EgressPath> egress,
    boolean existing) {

  /** What the report says of an existing hub's own settings. */
  public static final String NOT_MANAGED = "existing: not managed by this template";

  public HubPosture {
    privateEndpoints = List.copyOf(privateEndpoints);
    egress = List.copyOf(egress);
  }
}
