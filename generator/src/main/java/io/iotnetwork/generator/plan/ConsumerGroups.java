package io.iotnetwork.generator.plan;

import io.iotnetwork.model.ConsumerGroupSpec;
import io.iotnetwork.model.IotHubSpec;
import java.util.List;

/**
 * The consumer groups of a hub's built-in endpoint: child resources
 * {@code Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups} named {@code <hub>/events/<group>} with
 * {@code properties.name}, declared at the top level (the {@code events} endpoint is no resource a template can
 * name as parent) and ordered after the hub's last put (for a hub put twice: in its second deployment's module),
 * so they never race a hub update.
 */
final class ConsumerGroups {
  private ConsumerGroups() {}

  /** Plans every consumer group of {@code hub} after {@code hubResource}, the hub's last put. */
  static void plan(PlanContext context, IotHubSpec hub, String hubSymbol, Value hubName, PlannedResource hubResource) {
    if (hub.isExisting()) {
      return;
    }
    List<Deployable> after = List.of(hubResource);
    for (ConsumerGroupSpec group : hub.settings().consumerGroups()) {
      String symbol = context.symbolicNames.allocate(hubSymbol + "ConsumerGroup", group.name());
      Obj body = Obj.builder().put("properties", Obj.builder().put("name", group.name()).build()).build();
      context.add(PlannedResource.of(symbol, ResourceType.IOT_HUB_CONSUMER_GROUP,
          Call.format("{0}/" + HubBody.BUILT_IN_ENDPOINT + "/{1}", hubName, Value.of(group.name())), body)
          .dependingOn(after));
    }
  }
}
