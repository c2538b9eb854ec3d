package io.iotnetwork.generator.validate.rules;

import com.azure.core.management.Region;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import java.util.stream.Stream;

/**
 * {@code private-endpoint-region}: the article advises a private endpoint in the hub's region.
 */
public final class PrivateEndpointRegionRule extends RuleSupport {

  public PrivateEndpointRegionRule() {
    super("private-endpoint-region");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.privateEndpoints().stream()
        .filter(endpoint -> endpoint.region().isPresent()
            && !endpoint.region().get().equals(hub.regionOr(spec.region())))
        .map(endpoint -> mismatch(spec, hub, endpoint)));
  }

  private Diagnostic mismatch(IotNetworkSpec spec, IotHubSpec hub, PrivateEndpointSpec endpoint) {
    Region hubRegion = hub.regionOr(spec.region());
    return warning(endpoint.pathIn(hub), endpoint.source(),
        "The private endpoint is in " + endpoint.region().get().name() + " but the hub is in " + hubRegion.name()
            + "; Microsoft advises creating it in the hub's region.",
        "Remove .inRegion(..) from the private endpoint (it then follows the hub), or pass the hub's region.");
  }
}
