package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.EnrichmentSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code enrichment-unknown-endpoint}: every endpoint an enrichment names is a custom endpoint of its own hub or
 * the built-in endpoint {@code events}; naming one that does not exist fails the deployment (400131,
 * azure-facts §11).
 */
public final class EnrichmentUnknownEndpointRule extends RuleSupport {

  public EnrichmentUnknownEndpointRule() {
    super("enrichment-unknown-endpoint");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.settings().enrichments().stream()
        .flatMap(enrichment -> enrichment.endpointNames().stream()
            .filter(name -> !RoutingNames.isEndpointOf(hub, name))
            .map(name -> unknown(hub, enrichment, name))));
  }

  private Diagnostic unknown(IotHubSpec hub, EnrichmentSpec enrichment, String endpointName) {
    return error(hub.path() + ".routing.enrichments[" + enrichment.key() + "]", enrichment.source(),
        "Enrichment '" + enrichment.key() + "' names endpoint '" + endpointName + "', which is neither a custom "
            + "endpoint of hub '" + hub.name() + "' nor the built-in endpoint 'events'.",
        "Pass to .toEndpoints(..) only names of the hub's .defineRoutingEndpoint(..) or \"events\".");
  }
}
