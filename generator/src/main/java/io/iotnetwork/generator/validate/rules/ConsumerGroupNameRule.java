package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.ConsumerGroupSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code consumer-group-name}: a consumer group's name has 1-50 letters, digits, hyphens, periods and
 * underscores (Azure's template reference for {@code IotHubs/eventHubEndpoints/ConsumerGroups}), and is unique
 * within its hub, compared ignoring case.
 */
public final class ConsumerGroupNameRule extends RuleSupport {
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9-._]{1,50}$");

  public ConsumerGroupNameRule() {
    super("consumer-group-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    Stream<Diagnostic> malformed = hub.settings().consumerGroups().stream()
        .filter(group -> !group.name().equalsIgnoreCase(ConsumerGroupDefaultRule.DEFAULT_GROUP))
        .filter(group -> !NAME.matcher(group.name()).matches())
        .map(group -> error(group.pathIn(hub), group.source(),
            "Consumer group name '" + group.name() + "' is not allowed; a name has 1-50 letters, digits, '-', '.' "
                + "and '_'.",
            "Pass a name such as 'stream-analytics' to .withConsumerGroup(..)."));
    Stream<Diagnostic> repeated = RoutingNames.repeated(hub.settings().consumerGroups(), ConsumerGroupSpec::name)
        .map(group -> error(group.pathIn(hub), group.source(),
            "Consumer group '" + group.name() + "' is declared twice in hub '" + hub.name() + "'; names are "
                + "unique, compared ignoring case.",
            "Call .withConsumerGroup(\"" + group.name() + "\") once."));
    return Stream.concat(malformed, repeated);
  }
}
