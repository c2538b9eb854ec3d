package io.iotnetwork.generator.adopt;

import com.azure.resourcemanager.iothub.models.RoutingStorageContainerPropertiesEncoding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.arm.read.ExportedSecret;
import io.iotnetwork.model.IdentityKind;
import java.util.Optional;
import java.util.Set;

/**
 * The custom routing endpoints, {@code routing.endpoints.{storageContainers, eventHubs,
 * serviceBusQueues, serviceBusTopics}[]} ({@code defineRoutingEndpoint(..)}); a key-based endpoint
 * stays key-based, its connection string a secure parameter. Cosmos DB containers are
 * {@link CosmosDbEndpointsGroup}'s.
 */
final class RoutingEndpointsGroup implements PropertyGroup {
  private static final String DEFAULT_FILE_NAME_FORMAT = "{iothub}/{partition}/{YYYY}/{MM}/{DD}/{HH}/{mm}";
  private final Set<String> adopted;

  /** {@code adopted} receives the name of every endpoint stated. */
  RoutingEndpointsGroup(Set<String> adopted) {
    this.adopted = adopted;
  }

  @Override
  public void adopt(AdoptionContext context) {
    endpoints(context, "storageContainers", TargetKind.STORAGE, "toStorageContainer");
    endpoints(context, "eventHubs", TargetKind.EVENT_HUBS, "toEventHub");
    endpoints(context, "serviceBusQueues", TargetKind.SERVICE_BUS, "toServiceBusQueue");
    endpoints(context, "serviceBusTopics", TargetKind.SERVICE_BUS, "toServiceBusTopic");
  }

  private void endpoints(AdoptionContext context, String list, TargetKind kind, String toMethod) {
    Optional<ArrayNode> items = context.array("properties", "routing", "endpoints", list);
    for (int i = 0; items.isPresent() && i < items.get().size(); i++) {
      endpoint(context, (ObjectNode) items.get().get(i), list, i, kind, toMethod);
    }
  }

  private void endpoint(AdoptionContext context, ObjectNode item, String list, int index, TargetKind kind, String toMethod) {
    String at = "$.properties.routing.endpoints." + list + "[" + index + "]";
    String pointer = "/properties/routing/endpoints/" + list + "/" + index + "/connectionString";
    Optional<ExportedSecret> secret = context.secret(pointer);
    Optional<String> withoutKeys = secret.flatMap(ExportedSecret::withoutKeys);
    Optional<String> uri = Optional.ofNullable(item.get("endpointUri")).map(JsonNode::asText)
        .or(() -> Optional.ofNullable(item.get("connectionString")).map(JsonNode::asText));
    Optional<String> target = TargetNames.target(uri, withoutKeys);
    Optional<String> entity = kind == TargetKind.STORAGE
        ? Optional.ofNullable(item.get("containerName")).map(JsonNode::asText)
        : Optional.ofNullable(item.get("entityPath")).map(JsonNode::asText).or(() -> TargetNames.entity(withoutKeys));
    String name = item.path("name").asText();
    if (name.isEmpty() || target.isEmpty() || entity.isEmpty()) {
      return; // left in the body: reported as unexpressed, by path
    }
    String authentication = item.path("authenticationType").asText(secret.isPresent() ? "keyBased" : "identityBased");
    boolean keyBased = authentication.equalsIgnoreCase("keyBased");
    Targets.Where where = new Targets.Where(AdoptionContext.text(item, "subscriptionId"),
        AdoptionContext.text(item, "resourceGroup"));
    Optional<JavaCode> variable = context.targets.use(kind, target.get(), where, !keyBased, entity.get(), at);
    if (variable.isEmpty()) {
      return;
    }
    for (String consumed : new String[] {"name", "endpointUri", "connectionString", "entityPath", "containerName",
        "authenticationType", "subscriptionId", "resourceGroup"}) {
      item.remove(consumed);
    }
    AdoptionContext.take(item, "id").ifPresent(id -> context.note(AdoptionNote.Kind.NOT_RESTATED, at + ".id",
        "Azure assigns an endpoint's id; the definition leaves it out"));
    adopted.add(name);
    context.hubCall("defineRoutingEndpoint", JavaCode.string(name));
    context.childCall(toMethod, variable.get(), JavaCode.string(entity.get()));
    if (keyBased) {
      context.childCall("withKeyBasedAuthentication");
      context.note(AdoptionNote.Kind.SECRET, at + ".connectionString", "endpoint '" + name + "' is key-based; its"
          + " connection string becomes a secure template parameter, supplied at deployment, never written to the"
          + " definition");
    }
    if (context.takeUserAssignedIdentity(item)) {
      context.childCall("withIdentity", JavaCode.constant(IdentityKind.class, IdentityKind.USER_ASSIGNED.name()));
    }
    if (kind == TargetKind.STORAGE) {
      storageOptions(context, item);
    }
    context.childCall("attach");
  }

  private static void storageOptions(AdoptionContext context, ObjectNode item) {
    AdoptionContext.takeText(item, "fileNameFormat").filter(format -> !format.equals(DEFAULT_FILE_NAME_FORMAT))
        .ifPresent(format -> context.childCall("withFileNameFormat", JavaCode.string(format)));
    AdoptionContext.take(item, "batchFrequencyInSeconds").map(JsonNode::asLong).filter(seconds -> seconds != 300)
        .ifPresent(seconds -> context.childCall("withBatchFrequencyInSeconds", JavaCode.number(seconds)));
    AdoptionContext.take(item, "maxChunkSizeInBytes").map(JsonNode::asLong).filter(bytes -> bytes != 314_572_800L)
        .ifPresent(bytes -> context.childCall("withMaxChunkSizeInBytes", JavaCode.longNumber(bytes)));
    AdoptionContext.takeText(item, "encoding").filter(encoding -> !encoding.equalsIgnoreCase("avro"))
        .ifPresent(encoding -> context.childCall("withEncoding",
            JavaCode.constant(RoutingStorageContainerPropertiesEncoding.class, encoding)));
  }
}
