package io.iotnetwork.generator.diff;

import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;

/** A definition's planned ARM template, read back as the resources it deploys. */
final class Deployments {
  private Deployments() {}

  /** One template, or sharded as the generator decides. */
  static List<ExportedResource> of(IotNetworkSpec spec) {
    return GeneratedResources.of(Planner.plan(spec));
  }

  /** Sharded into hub groups of {@code hubsPerGroup} hubs. */
  static List<ExportedResource> sharded(IotNetworkSpec spec, int hubsPerGroup) {
    return GeneratedResources.of(Planner.planSharded(spec, hubsPerGroup));
  }
}
