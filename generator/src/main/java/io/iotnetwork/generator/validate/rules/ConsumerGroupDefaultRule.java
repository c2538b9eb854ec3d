package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code consumer-group-default}: the built-in endpoint's {@code $Default} consumer group always exists
 * (azure-facts §11); declaring it would put a resource the hub already owns and that no template may delete.
 */
public final class ConsumerGroupDefaultRule extends RuleSupport {
  static final String DEFAULT_GROUP = "$Default";

  public ConsumerGroupDefaultRule() {
    super("consumer-group-default");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.settings().consumerGroups().stream()
        .filter(group -> group.name().equalsIgnoreCase(DEFAULT_GROUP))
        .map(group -> error(group.pathIn(hub), group.source(),
            "Consumer group '" + group.name() + "' of hub '" + hub.name() + "' is the built-in endpoint's "
                + DEFAULT_GROUP + " group, which always exists and is never declared.",
            "Remove .withConsumerGroup(\"" + group.name() + "\"); readers can use " + DEFAULT_GROUP
                + " without it.")));
  }
}
