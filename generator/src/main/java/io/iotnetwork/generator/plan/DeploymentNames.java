package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Parts of nested deployments' names. A name is the same on every run, so a re-deployment
 * replaces its history entry instead of adding one (azure-facts §7: 800 entries per resource
 * group; Azure Verified Modules name deployments with {@code uniqueString(..)} for this reason).
 */
final class DeploymentNames {
  private DeploymentNames() {}

  /** {@code uniqueString(resourceGroup().id, '<network id>')}: one per definition and resource group. */
  static Value unique(IotNetworkSpec spec) {
    return Call.of("uniqueString", new Member(Call.of("resourceGroup"), "id"), Value.of(spec.id()));
  }

  /** {@code uniqueString('<subscription>', '<resource group>', '<network id>')}: one per definition and {@code group}. */
  static Value uniqueIn(ResourceGroupRef group, String networkId) {
    List<Value> arguments = new ArrayList<>(group.argumentValues());
    arguments.add(Value.of(networkId));
    return new Call("uniqueString", arguments);
  }
}
