package io.iotnetwork.generator.arm.read;

import java.util.Set;

/**
 * The API versions of {@code Microsoft.Devices/IotHubs} an export may name: those of Azure's REST
 * specification (Azure/azure-rest-api-specs {@code specification/iothub/resource-manager}: its
 * {@code stable/} folders and the preview tags of its readme, and the previews azure-facts §1
 * lists). Their hub bodies use the same property names; what older versions lack is simply absent,
 * and what previews add is reported by the adopter as a property it cannot express.
 */
final class HubApiVersions {
  private static final Set<String> KNOWN = Set.of(
      "2016-02-03", "2017-01-19", "2017-07-01", "2018-01-22", "2018-04-01", "2019-03-12", "2019-03-22",
      "2019-11-04", "2020-03-01", "2020-04-01", "2020-06-15", "2020-08-01", "2020-08-31", "2021-03-31",
      "2021-07-01", "2021-07-02", "2023-06-30",
      "2018-12-01-preview", "2019-03-22-preview", "2019-07-01-preview", "2020-07-10-preview",
      "2020-08-31-preview", "2021-02-01-preview", "2021-03-03-preview", "2021-07-01-preview",
      "2021-07-02-preview", "2022-04-30-preview", "2025-08-01-preview", "2026-03-01-preview",
      "2026-05-01-preview", "2026-08-01-preview");

  private HubApiVersions() {}

  static boolean isKnown(String apiVersion) {
    return KNOWN.contains(apiVersion);
  }

  /** The newest stable version, the one the generator writes. */
  static String newestStable() {
    return "2023-06-30";
  }
}
