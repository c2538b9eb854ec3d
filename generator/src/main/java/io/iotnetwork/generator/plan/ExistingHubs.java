package io.iotnetwork.generator.plan;

import io.iotnetwork.model.ExistingIotHub;
import io.iotnetwork.model.IotHubSpec;

/** Where an existing hub lives, as the plan names it. */
final class ExistingHubs {
  private ExistingHubs() {}

  /**
   * The resource group of existing {@code hub}: the subscription and group of its resource id, or its group
   * in the deployment's subscription.
   */
  static ResourceGroupRef home(IotHubSpec hub) {
    ExistingIotHub where = hub.existing()
        .orElseThrow(() -> new IllegalStateException("bug: " + hub.name() + " is not an existing hub"));
    return ResourceGroupRef.home(where.resourceId(), where.resourceGroup());
  }
}
