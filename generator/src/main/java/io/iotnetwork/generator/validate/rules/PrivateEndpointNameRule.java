package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import java.util.stream.Stream;

/**
 * {@code private-endpoint-name}: a private endpoint's name (2-64) and its custom network interface
 * name (1-80) are ASCII letters, digits, underscores, periods and hyphens, starting with a letter or
 * digit and ending with a letter, digit or underscore.
 */
public final class PrivateEndpointNameRule extends RuleSupport {

  public PrivateEndpointNameRule() {
    super("private-endpoint-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.privateEndpoints().stream()
        .flatMap(endpoint -> check(hub, endpoint)));
  }

  private Stream<Diagnostic> check(IotHubSpec hub, PrivateEndpointSpec endpoint) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    if (!AzureName.PRIVATE_ENDPOINT.allows(endpoint.name())) {
      found.add(error(endpoint.pathIn(hub), endpoint.source(), AzureName.PRIVATE_ENDPOINT.rejected(endpoint.name()),
          "Pass a name such as 'pe-" + hub.name() + "' to .definePrivateEndpoint(..)."));
    }
    endpoint.customNetworkInterfaceName().filter(name -> !AzureName.NETWORK_INTERFACE.allows(name))
        .ifPresent(name -> found.add(error(endpoint.pathIn(hub) + ".customNetworkInterfaceName", endpoint.source(),
            AzureName.NETWORK_INTERFACE.rejected(name),
            "Pass a name such as 'nic-pe-" + hub.name() + "' to .withCustomNetworkInterfaceName(..).")));
    return found.build();
  }
}
