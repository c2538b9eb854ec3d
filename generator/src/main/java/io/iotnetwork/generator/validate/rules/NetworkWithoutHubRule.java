package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/** {@code network-without-hub}: a network definition declares at least one hub. */
public final class NetworkWithoutHubRule extends RuleSupport {

  public NetworkWithoutHubRule() {
    super("network-without-hub");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    if (!spec.iotHubs().isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(error(spec.path(), spec.source(),
        "Network '" + spec.id() + "' declares no IoT hub, so there is nothing to deploy.",
        "Add a hub with .withIotHub(IotHub.define(\"name\").withSku(IotHubSku.S1, 1)...build())."));
  }
}
