package io.iotnetwork.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ResourceScope;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;

/** A definition's planned ARM template, read back as the resources it deploys. */
final class Deployments {
  private Deployments() {}

  /** One template, or sharded as the generator decides. */
  static List<ExportedResource> of(IotNetworkSpec spec) {
    return read(Planner.plan(spec));
  }

  /** Sharded into hub groups of {@code hubsPerGroup} hubs. */
  static List<ExportedResource> sharded(IotNetworkSpec spec, int hubsPerGroup) {
    return read(Planner.planSharded(spec, hubsPerGroup));
  }

  private static List<ExportedResource> read(Plan plan) {
    JsonNode template = ArmWriter.template(plan);
    JsonNode parameters = ArmWriter.parametersFile(plan).path("parameters");
    ExportReadResult result = ExportReader.read("azuredeploy.json", template, parameters, ResourceScope.DEPLOYMENT);
    if (!result.ok()) {
      throw new AssertionError("our own template did not read: " + result.problems());
    }
    return result.resources();
  }
}
