package io.iotnetwork.generator.adopt;

import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one hub of an export into the calls of a network definition that restates it: read → adopt →
 * print ({@link DefinitionWriter}). Each group of properties has its own {@link PropertyGroup}; whatever
 * none of them states is returned as an {@link AdoptionNote.Kind#UNEXPRESSED unexpressed} note with its
 * JSON path, never dropped.
 */
public final class Adopter {
  private Adopter() {}

  /** Adopts the hub named {@code hubName}, or the only hub of the export. */
  public static Adoption adopt(ExportReadResult export, Optional<String> hubName) {
    if (!export.ok()) {
      return new Adoption(Optional.empty(), export.problems());
    }
    ExportReadResult.HubChoice choice = export.hub(hubName);
    if (choice.hub().isEmpty()) {
      return new Adoption(Optional.empty(), choice.problem().stream().toList());
    }
    ExportedResource hub = choice.hub().get();
    AdoptionContext context = new AdoptionContext(export, hub);
    Set<String> endpoints = new LinkedHashSet<>();
    List<PropertyGroup> groups = List.of(new SkuGroup(), new IngressGroup(), new IpFilterGroup(), new IdentityGroup(),
        new PrivateEndpointsGroup(), new RoutingEndpointsGroup(endpoints), new CosmosDbEndpointsGroup(endpoints),
        new RoutesGroup(endpoints), new EnrichmentsGroup(endpoints), new FileUploadGroup(), new CloudToDeviceGroup(),
        new HubSettingsGroup(), new ConsumerGroupsGroup(), new HubChildResourcesGroup());
    groups.forEach(group -> group.adopt(context));
    context.reportRemaining();
    String location = hub.body().path("location").asText();
    if (location.isEmpty()) {
      context.note(AdoptionNote.Kind.ASSUMED, "$.location", "the export does not say the hub's location; the"
          + " definition assumes westeurope");
      location = "westeurope";
    }
    return new Adoption(Optional.of(context.result(JavaCode.region(location))), List.of());
  }
}
