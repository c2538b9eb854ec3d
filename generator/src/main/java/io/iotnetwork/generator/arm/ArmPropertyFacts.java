package io.iotnetwork.generator.arm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Azure's facts about resource properties that reading an export and previewing a change both need,
 * in one table (azure-facts §1 and §11): what Azure writes itself (read-only, stripped when an
 * export is read), what is fixed after creation (create-only, a risk when it changes), and the
 * values a PUT falls back to when a property is absent (so stating the default and leaving it out
 * are the same state).
 *
 * <p>Paths are dotted property paths from the resource's root, {@code *} standing for any one key
 * or array item, e.g. {@code properties.eventHubEndpoints.events.partitionIds}.
 */
public final class ArmPropertyFacts {
  /** What Azure does with a property. */
  public enum Kind {
    /** Written by Azure; never part of desired state. */
    READ_ONLY,
    /** Fixed once the resource exists; a change fails the deployment or needs a new resource. */
    CREATE_ONLY,
    /** Absent means this value. */
    DEFAULT
  }

  /** One row: resource type, path, kind, the default value's JSON text for {@link Kind#DEFAULT}, and the source. */
  public record Fact(String type, String path, Kind kind, Optional<String> defaultJson, String source) {
    boolean appliesTo(String resourceType) {
      return type.equals("*") || type.equalsIgnoreCase(resourceType);
    }
  }

  private static final String HUB = "Microsoft.Devices/IotHubs";
  private static final String PE = "Microsoft.Network/privateEndpoints";

  private static final List<Fact> FACTS = List.of(
      readOnly("*", "id", "SPEC"),
      readOnly("*", "type", "SPEC"),
      readOnly("*", "etag", "SPEC"),
      readOnly("*", "systemData", "SPEC"),
      readOnly("*", "properties.provisioningState", "SPEC"),
      readOnly(HUB, "sku.tier", "SPEC"),
      readOnly(HUB, "identity.principalId", "SPEC"),
      readOnly(HUB, "identity.tenantId", "SPEC"),
      readOnly(HUB, "identity.userAssignedIdentities.*.principalId", "SPEC"),
      readOnly(HUB, "identity.userAssignedIdentities.*.clientId", "SPEC"),
      readOnly(HUB, "properties.state", "SPEC"),
      readOnly(HUB, "properties.hostName", "SPEC"),
      readOnly(HUB, "properties.locations", "SPEC"),
      readOnly(HUB, "properties.eventHubEndpoints.events.partitionIds", "SPEC"),
      readOnly(HUB, "properties.eventHubEndpoints.events.path", "SPEC"),
      readOnly(HUB, "properties.eventHubEndpoints.events.endpoint", "SPEC"),
      readOnly(HUB, "properties.privateEndpointConnections.*.id", "SPEC"),
      readOnly(HUB, "properties.privateEndpointConnections.*.name", "SPEC"),
      readOnly(HUB, "properties.privateEndpointConnections.*.type", "SPEC"),
      createOnly("*", "name", "MIGCLI"),
      createOnly("*", "location", "MIGCLI"),
      createOnly(HUB, "properties.eventHubEndpoints.events.partitionCount", "MIGCLI, MIGARM"),
      createOnly(HUB, "properties.enableDataResidency", "MIGCLI"),
      createOnly(HUB, "properties.features", "MIGCLI"),
      createOnly(HUB, "properties.minTlsVersion", "PSR-TLS"),
      createOnly(PE, "properties.subnet.id", "PULUMI-3883"),
      createOnly(PE, "properties.privateLinkServiceConnections.*.properties.privateLinkServiceId", "T-PE-TF"),
      createOnly(PE, "properties.privateLinkServiceConnections.*.properties.groupIds", "T-PE-TF"),
      byDefault(HUB, "properties.routing.routes.*.condition", "\"true\"", "SPEC"),
      byDefault(HUB, "properties.routing.fallbackRoute.condition", "\"true\"", "SPEC"),
      byDefault(HUB, "properties.routing.endpoints.storageContainers.*.fileNameFormat",
          "\"{iothub}/{partition}/{YYYY}/{MM}/{DD}/{HH}/{mm}\"", "SPEC"),
      byDefault(HUB, "properties.routing.endpoints.storageContainers.*.batchFrequencyInSeconds", "300", "SPEC"),
      byDefault(HUB, "properties.routing.endpoints.storageContainers.*.maxChunkSizeInBytes", "314572800", "SPEC"),
      byDefault(HUB, "properties.networkRuleSets.defaultAction", "\"Deny\"", "SPEC"),
      byDefault(HUB, "properties.networkRuleSets.ipRules.*.action", "\"Allow\"", "SPEC"),
      byDefault(HUB, "identity.type", "\"None\"", "SPEC"),
      byDefault(HUB, "properties.features", "\"None\"", "GETEX, MIGARM: a hub created without features reports None"),
      byDefault(HUB, "properties.enableFileUploadNotifications", "false", "SPEC"),
      byDefault(HUB, "properties.disableLocalAuth", "false", "SPEC"),
      byDefault(HUB, "properties.disableDeviceSAS", "false", "SPEC"),
      byDefault(HUB, "properties.disableModuleSAS", "false", "SPEC"),
      byDefault(HUB, "properties.restrictOutboundNetworkAccess", "false", "SPEC"),
      byDefault(HUB, "properties.enableDataResidency", "false", "SPEC"));

  private ArmPropertyFacts() {}

  /** Every row, in table order. */
  public static List<Fact> all() {
    return FACTS;
  }

  /** Whether {@code path} (property names, array items as indexes) of a resource of {@code type} has {@code kind}. */
  public static boolean is(Kind kind, String type, List<String> path) {
    return find(kind, type, path).isPresent();
  }

  /** The row of {@code kind} that matches {@code path}, if any. */
  public static Optional<Fact> find(Kind kind, String type, List<String> path) {
    return FACTS.stream()
        .filter(fact -> fact.kind() == kind && fact.appliesTo(type) && matches(fact.path(), path))
        .findFirst();
  }

  /** Whether a fact path with {@code *} wildcards matches a concrete path (keys may hold dots: resource ids), ignoring case. */
  static boolean matches(String pattern, List<String> path) {
    String[] want = pattern.split("\\.");
    if (want.length != path.size()) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      if (!want[i].equals("*") && !want[i].toLowerCase(Locale.ROOT).equals(path.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static Fact readOnly(String type, String path, String source) {
    return new Fact(type, path, Kind.READ_ONLY, Optional.empty(), source);
  }

  private static Fact createOnly(String type, String path, String source) {
    return new Fact(type, path, Kind.CREATE_ONLY, Optional.empty(), source);
  }

  private static Fact byDefault(String type, String path, String json, String source) {
    return new Fact(type, path, Kind.DEFAULT, Optional.of(json), source);
  }
}
