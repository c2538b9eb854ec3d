package io.iotnetwork.generator.adopt;

import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.Locale;

/**
 * The hub's other child resources in the export ({@code IotHubs/certificates}, ...), which a hub PUT cannot
 * list (facts §11): the DSL cannot state them yet, so each is reported by its path in the file; a private
 * endpoint connection is the Network resource provider's and is left out. Consumer groups of the built-in
 * endpoint are {@link ConsumerGroupsGroup}'s.
 */
final class HubChildResourcesGroup implements PropertyGroup {
  @Override
  public void adopt(AdoptionContext context) {
    String prefix = context.hub.name().toLowerCase(Locale.ROOT) + "/";
    for (ExportedResource resource : context.export.resources()) {
      String type = resource.type().toLowerCase(Locale.ROOT);
      if (!type.startsWith(ExportReadResult.HUB_TYPE.toLowerCase(Locale.ROOT) + "/")
          || !resource.name().toLowerCase(Locale.ROOT).startsWith(prefix)
          || ConsumerGroupsGroup.isBuiltInGroupOf(resource, context.hub.name())) {
        continue;
      }
      if (type.endsWith("/privateendpointconnections")) {
        context.note(AdoptionNote.Kind.NOT_RESTATED, resource.source(), "private endpoint connection '" + resource.name()
            + "' is written by the Network resource provider for its private endpoint");
      } else {
        context.note(AdoptionNote.Kind.UNEXPRESSED, resource.source(), resource.type() + " '" + resource.name()
            + "' is a child resource of the hub the DSL cannot state yet; the definition leaves it out");
      }
    }
  }
}
