package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.IotHubSpec;
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

  /** True when {@code endpointName} is {@code events} or, exactly, a custom endpoint of {@code hub}. */
  static boolean isEndpointOf(IotHubSpec hub, String endpointName) {
    return endpointName.equals(BUILT_IN_ENDPOINT)
        || hub.egress().endpoints().stream().anyMatch(endpoint -> endpoint.name().equals(endpointName));
  }

  /** The items whose name, ignoring case, an earlier item already has. */
  static <T> Stream<T> repeated(List<T> items, Function<T, String> name) {
    Set<String> seen = new HashSet<>();
    return items.stream().filter(item -> !seen.add(name.apply(item).toLowerCase(Locale.ROOT)));
  }
}
