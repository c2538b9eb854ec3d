package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.RoutingEndpointSpec;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code routing-endpoint-name}: custom endpoint names match {@code ^[A-Za-z0-9-._]{1,64}$}, are
 * unique across all endpoint kinds and are not reserved: {@code events}, {@code fileNotifications},
 * {@code $default} (azure-facts §1). Uniqueness and reserved names are checked ignoring case, the
 * safe reading where the specification does not say.
 */
public final class RoutingEndpointNameRule extends RuleSupport {
  static final List<String> RESERVED = List.of(RoutingNames.BUILT_IN_ENDPOINT, "fileNotifications", "$default");

  public RoutingEndpointNameRule() {
    super("routing-endpoint-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    List<RoutingEndpointSpec> endpoints = hub.egress().endpoints();
    Stream<Diagnostic> malformed = endpoints.stream()
        .filter(endpoint -> !RoutingNames.PATTERN.matcher(endpoint.name()).matches())
        .map(endpoint -> error(endpoint.pathIn(hub), endpoint.source(),
            "Routing endpoint name '" + endpoint.name() + "' is not allowed; a name has 1-64 letters, digits, "
                + "'-', '.' and '_'.",
            "Pass a name such as 'orders-archive' to .defineRoutingEndpoint(..)."));
    Stream<Diagnostic> reserved = endpoints.stream()
        .filter(endpoint -> RESERVED.stream().anyMatch(name -> name.equalsIgnoreCase(endpoint.name())))
        .map(endpoint -> error(endpoint.pathIn(hub), endpoint.source(),
            "Routing endpoint name '" + endpoint.name() + "' is reserved; events, fileNotifications and $default "
                + "(in any case) are not allowed.",
            "Pick another name in .defineRoutingEndpoint(..); route to the built-in endpoint with .toBuiltInEndpoint()."));
    Stream<Diagnostic> repeated = RoutingNames.repeated(endpoints, RoutingEndpointSpec::name)
        .map(endpoint -> error(endpoint.pathIn(hub), endpoint.source(),
            "Routing endpoint name '" + endpoint.name() + "' is used twice in hub '" + hub.name()
                + "'; names are unique across all endpoint kinds, compared ignoring case.",
            "Give each .defineRoutingEndpoint(..) its own name."));
    return Stream.of(malformed, reserved, repeated).flatMap(found -> found);
  }
}
