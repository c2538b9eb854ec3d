package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.BuiltInEndpointSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code built-in-endpoint}: the built-in Event Hubs-compatible endpoint has 1 to 32 partitions
 * (fixed once the hub exists) and keeps messages for at least one day (azure-facts §1, §2).
 */
public final class BuiltInEndpointRule extends RuleSupport {
  static final int MAX_PARTITIONS = 32;

  public BuiltInEndpointRule() {
    super("built-in-endpoint");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    BuiltInEndpointSpec endpoint = hub.builtInEndpoint();
    String path = hub.path() + ".builtInEventHubEndpoint";
    Stream.Builder<Diagnostic> found = Stream.builder();
    if (endpoint.partitionCount() < 1 || endpoint.partitionCount() > MAX_PARTITIONS) {
      found.add(error(path, hub.source(),
          "partitionCount " + endpoint.partitionCount() + " is out of range; allowed: 1 to " + MAX_PARTITIONS
              + ". It cannot change once the hub exists.",
          "Call .withBuiltInEventHubEndpoint(partitions, retentionDays) with 1-" + MAX_PARTITIONS + " partitions."));
    }
    if (endpoint.retentionTimeInDays() < 1) {
      found.add(error(path, hub.source(),
          "retentionTimeInDays " + endpoint.retentionTimeInDays() + " is out of range; at least 1 day is required.",
          "Call .withBuiltInEventHubEndpoint(partitions, retentionDays) with retentionDays of 1 or more."));
    }
    return found.build();
  }
}
