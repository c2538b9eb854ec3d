package io.iotnetwork.generator.validate.rules;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code routing-limits}: a hub has at most 10 custom endpoints (across all kinds, Cosmos DB containers included)
 * and 100 routes;
 * a Free (F1) hub 1 and 5 (azure-facts §1, §2).
 */
public final class RoutingLimitsRule extends RuleSupport {

  public RoutingLimitsRule() {
    super("routing-limits");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> {
      boolean free = IotHubSku.F1.equals(hub.sku());
      return Stream.concat(
          limit(hub, "custom endpoints", ".routing.endpoints", endpointSources(hub), free ? 1 : 10,
              source -> source),
          limit(hub, "routes", ".routing.routes", hub.egress().routes(), free ? 5 : 100, route -> route.location()));
    });
  }

  /** Where each custom endpoint, of every kind, was declared. */
  private static List<SourceLocation> endpointSources(IotHubSpec hub) {
    return Stream.concat(hub.egress().endpoints().stream().map(endpoint -> endpoint.source()),
        hub.settings().cosmosDbContainers().stream().map(endpoint -> endpoint.source())).toList();
  }

  private <T> Stream<Diagnostic> limit(IotHubSpec hub, String what, String path, List<T> items, int max,
      Function<T, SourceLocation> source) {
    if (items.size() <= max) {
      return Stream.empty();
    }
    return Stream.of(error(hub.path() + path, source.apply(items.get(max)),
        "Hub '" + hub.name() + "' (" + hub.sku() + ") has " + items.size() + " " + what + "; " + hub.sku()
            + " allows at most " + max + ".",
        "Remove " + (items.size() - max) + " of them"
            + (IotHubSku.F1.equals(hub.sku()) ? ", or use a paid SKU (.withSku(IotHubSku.S1, 1)) that allows more." : ".")));
  }
}
