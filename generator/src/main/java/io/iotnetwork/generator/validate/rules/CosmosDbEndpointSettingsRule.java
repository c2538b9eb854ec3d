package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.CosmosDbContainerEndpointSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code cosmos-db-endpoint-settings}: a Cosmos DB SQL container endpoint (2023-06-30 schema) has a routing endpoint
 * name unique across all endpoint kinds and not reserved, an {@code endpointUri} with {@code https://}, a database
 * and a container; its {@code partitionKeyTemplate} holds at least one of {@code {iothub} {deviceid} {DD} {MM}
 * {YYYY}}, each at most once; identity-based, it needs the identity it names on the hub.
 */
public final class CosmosDbEndpointSettingsRule extends RuleSupport {
  private static final List<String> PLACEHOLDERS = List.of("{iothub}", "{deviceid}", "{DD}", "{MM}", "{YYYY}");
  private static final String CALL = ".defineRoutingEndpoint(..).toCosmosDbSqlContainer(endpointUri, database, container)";

  public CosmosDbEndpointSettingsRule() {
    super("cosmos-db-endpoint-settings");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> Stream.concat(
        hub.settings().cosmosDbContainers().stream().flatMap(endpoint -> check(hub, endpoint)), repeated(hub)));
  }

  private Stream<Diagnostic> check(IotHubSpec hub, CosmosDbContainerEndpointSpec endpoint) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    String path = endpoint.pathIn(hub);
    if (!RoutingNames.PATTERN.matcher(endpoint.name()).matches()
        || RoutingEndpointNameRule.RESERVED.stream().anyMatch(name -> name.equalsIgnoreCase(endpoint.name()))) {
      found.add(error(path, endpoint.source(), "Routing endpoint name '" + endpoint.name() + "' is not allowed; a "
          + "name has 1-64 letters, digits, '-', '.' and '_', and is none of events, fileNotifications, $default.",
          "Pass a name such as 'telemetry-store' to .defineRoutingEndpoint(..)."));
    }
    if (!endpoint.endpointUri().startsWith("https://")) {
      found.add(error(path, endpoint.source(), "Cosmos DB endpointUri '" + endpoint.endpointUri() + "' must start "
          + "with https://.", "Pass the account's URI, https://<account>.documents.azure.com:443/, to " + CALL + "."));
    }
    blank(endpoint.databaseName(), "databaseName", path, endpoint, found);
    blank(endpoint.containerName(), "containerName", path, endpoint, found);
    endpoint.partitionKeyName().ifPresent(name -> blank(name, "partitionKeyName", path, endpoint, found));
    endpoint.partitionKeyTemplate().flatMap(CosmosDbEndpointSettingsRule::templateProblem).ifPresent(problem ->
        found.add(error(path, endpoint.source(), "partitionKeyTemplate '" + endpoint.partitionKeyTemplate().get()
            + "' " + problem + "; it holds at least one of " + String.join(" ", PLACEHOLDERS) + ", each at most once.",
            "Pass a template such as '{deviceid}-{YYYY}-{MM}' to .withPartitionKey(name, template).")));
    identity(hub, endpoint, path, found);
    return found.build();
  }

  private void identity(IotHubSpec hub, CosmosDbContainerEndpointSpec endpoint, String path,
      Stream.Builder<Diagnostic> found) {
    if (endpoint.authentication().keyBased()) {
      return;
    }
    Optional<IdentityKind> identity = endpoint.authentication().resolveIdentity(hub.egress().identity());
    if (identity.isEmpty() || !hub.egress().identity().has(identity.get())) {
      found.add(error(path, endpoint.source(), "Cosmos DB endpoint '" + endpoint.name() + "' is identity-based, but "
          + "hub '" + hub.name() + "' has " + identity.map(kind -> "no " + kind.name().toLowerCase(Locale.ROOT)
          .replace('_', '-') + " identity").orElse("no managed identity") + ".",
          "Call .withSystemAssignedIdentity() or .withUserAssignedIdentity(..) on the hub, matching .withIdentity(..)."));
    }
  }

  private void blank(String value, String property, String path, CosmosDbContainerEndpointSpec endpoint,
      Stream.Builder<Diagnostic> found) {
    if (value.isBlank()) {
      found.add(error(path, endpoint.source(), "Cosmos DB endpoint '" + endpoint.name() + "' has a blank " + property
          + ".", "Pass the " + property + " of the Cosmos DB account to " + CALL + " or .withPartitionKey(..)."));
    }
  }

  /** What is wrong with a partition key template, if anything. */
  private static Optional<String> templateProblem(String template) {
    int total = 0;
    for (String placeholder : PLACEHOLDERS) {
      int count = 0;
      Matcher matcher = Pattern.compile(Pattern.quote(placeholder)).matcher(template);
      while (matcher.find()) {
        count++;
      }
      if (count > 1) {
        return Optional.of("repeats " + placeholder);
      }
      total += count;
    }
    return total == 0 ? Optional.of("holds no placeholder") : Optional.empty();
  }

  /** A Cosmos DB endpoint whose name, ignoring case, another endpoint of any kind already has. */
  private Stream<Diagnostic> repeated(IotHubSpec hub) {
    List<String> names = RoutingNames.customEndpointNames(hub).map(name -> name.toLowerCase(Locale.ROOT)).toList();
    int others = hub.egress().endpoints().size();
    return Stream.iterate(0, i -> i < hub.settings().cosmosDbContainers().size(), i -> i + 1)
        .filter(i -> names.subList(0, others + i).contains(names.get(others + i)))
        .map(i -> hub.settings().cosmosDbContainers().get(i))
        .map(endpoint -> error(endpoint.pathIn(hub), endpoint.source(),
            "Routing endpoint name '" + endpoint.name() + "' is used twice in hub '" + hub.name()
                + "'; names are unique across all endpoint kinds, compared ignoring case.",
            "Give each .defineRoutingEndpoint(..) its own name."));
  }
}
