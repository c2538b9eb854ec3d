package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.CosmosDbContainerEndpointSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.RoutingEndpointSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What routing endpoint and route names share: their pattern and uniqueness, ignoring case. */
final class RoutingNames {
  /** {@code name} of routing endpoints and routes (azure-facts §1). */
  static final Pattern PATTERN = Pattern.compile("^[A-Za-z0-9-._]{1,64}$");

  /** The built-in endpoint's name in routes. */
  static final String BUILT_IN_ENDPOINT = "events";

  private RoutingNames() {}

  /** True when {@code endpointName} is {@code events} or, exactly, a custom endpoint of {@code hub} of any kind. */
  static boolean isEndpointOf(IotHubSpec hub, String endpointName) {
    return endpointName.equals(BUILT_IN_ENDPOINT)
        || hub.egress().endpoints().stream().anyMatch(endpoint -> endpoint.name().equals(endpointName))
        || hub.settings().cosmosDbContainers().stream().anyMatch(endpoint -> endpoint.name().equals(endpointName));
  }

  /** The names of every custom endpoint of {@code hub}, of all kinds, Cosmos DB containers last. */
  static Stream<String> customEndpointNames(IotHubSpec hub) {
    return Stream.concat(hub.egress().endpoints().stream().map(RoutingEndpointSpec::name),
        hub.settings().cosmosDbContainers().stream().map(CosmosDbContainerEndpointSpec::name));
  }

  /** The items whose name, ignoring case, an earlier item already has. */
  static <T> Stream<T> repeated(List<T> items, Function<T, String> name) {
    Set<String> seen = new HashSet<>();
    return items.stream().filter(item -> !seen.add(name.apply(item).toLowerCase(Locale.ROOT)));
  }
}
