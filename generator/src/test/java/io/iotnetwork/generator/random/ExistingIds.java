package io.iotnetwork.generator.random;

/**
 * Resource ids of existing resources: mostly in the deployment's subscription, some in another
 * subscription of the tenant, spread over a few resource groups.
 */
final class ExistingIds {
  static final String HOME_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
  private static final String OTHER_SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

  private final Draw draw;

  ExistingIds(Draw draw) {
    this.draw = draw;
  }

  /** Mostly the deployment's subscription, sometimes another one. */
  String subscription() {
    return draw.chance(0.25) ? OTHER_SUBSCRIPTION : HOME_SUBSCRIPTION;
  }

  /** A resource group name, e.g. {@code rg-network}. */
  String resourceGroup() {
    return draw.pick("rg-network", "rg-shared", "rg-data", "rg-Contoso.Eventing", "rg-ops_01", "RG-Data");
  }

  /** The id of {@code type} (e.g. {@code Microsoft.Storage/storageAccounts}) named {@code names} along its segments. */
  String of(String type, String... names) {
    return in(subscription(), resourceGroup(), type, names);
  }

  /** The id of {@code type} in a given subscription and resource group. */
  static String in(String subscription, String resourceGroup, String type, String... names) {
    String[] segments = type.split("/");
    StringBuilder id = new StringBuilder("/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup
        + "/providers/" + segments[0]);
    for (int i = 1; i < segments.length; i++) {
      id.append('/').append(segments[i]).append('/').append(names[i - 1]);
    }
    return id.toString();
  }
}
