package io.iotnetwork.generator.adopt;

import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.Locale;

/**
 * The consumer groups of the hub's built-in endpoint in a template export: child resources
 * {@code Microsoft.Devices/IotHubs/eventHubEndpoints/ConsumerGroups} named {@code <hub>/events/<group>}
 * ({@code withConsumerGroup(group)}). {@code $Default} always exists and is never declared; a group of another
 * endpoint, or whose {@code properties} say more than its name, is reported as unexpressed at its path.
 */
final class ConsumerGroupsGroup implements PropertyGroup {
  static final String TYPE = ExportReadResult.HUB_TYPE + "/eventHubEndpoints/ConsumerGroups";
  private static final String DEFAULT_GROUP = "$Default";
  private static final String BUILT_IN = "/events/";

  @Override
  public void adopt(AdoptionContext context) {
    for (ExportedResource resource : context.export.resources()) {
      if (!isBuiltInGroupOf(resource, context.hub.name())) {
        continue; // another hub's, or another endpoint's: HubChildResourcesGroup reports it if it is this hub's
      }
      String name = resource.name();
      String group = name.substring(context.hub.name().length() + BUILT_IN.length());
      if (!expressible(resource, group)) {
        context.note(AdoptionNote.Kind.UNEXPRESSED, resource.source(), "consumer group '" + name + "' says more"
            + " than its name; the definition leaves it out");
      } else if (group.equalsIgnoreCase(DEFAULT_GROUP)) {
        context.note(AdoptionNote.Kind.NOT_RESTATED, resource.source(), "consumer group " + DEFAULT_GROUP
            + " always exists and is never declared");
      } else {
        context.hubCall("withConsumerGroup", JavaCode.string(group));
      }
    }
  }

  /** Whether {@code properties} holds nothing but {@code name}, equal to the resource's last segment. */
  private static boolean expressible(ExportedResource resource, String group) {
    var properties = resource.body().path("properties");
    boolean onlyName = properties.isMissingNode() || properties.isObject() && properties.size() <= 1;
    return !group.contains("/") && onlyName && properties.path("name").asText(group).equals(group);
  }

  /** Whether {@code resource} is a consumer group of the built-in endpoint of {@code hubName}. */
  static boolean isBuiltInGroupOf(ExportedResource resource, String hubName) {
    return resource.isA(TYPE) && resource.name().toLowerCase(Locale.ROOT)
        .startsWith(hubName.toLowerCase(Locale.ROOT) + BUILT_IN);
  }
}
