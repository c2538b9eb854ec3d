package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.arm.read.ExportedSecret;
import io.iotnetwork.model.FileNotificationSpec;
import io.iotnetwork.model.IdentityKind;
import java.time.Duration;
import java.util.Optional;

/**
 * File upload: {@code storageEndpoints.$default} ({@code defineFileUpload(..)}), with
 * {@code enableFileUploadNotifications} and {@code messagingEndpoints.fileNotifications}
 * ({@code withNotifications(..)}), or alone ({@code withFileUploadNotifications(true)},
 * {@code withFileNotifications(..)}) on a hub without file upload or whose notifications are off. The reader
 * has already dropped an exported template's placeholder for a hub without file upload. Notification settings
 * on a hub whose notifications are off are left out when they are the service's defaults.
 */
final class FileUploadGroup implements PropertyGroup {
  private static final String AT = "$.properties.storageEndpoints['$default']";

  @Override
  public void adopt(AdoptionContext context) {
    boolean notify = context.take("properties", "enableFileUploadNotifications").map(JsonNode::asBoolean).orElse(false);
    Optional<ObjectNode> storage = context.object("properties", "storageEndpoints", "$default");
    Optional<JavaCode> account = storage.flatMap(endpoint -> account(context, endpoint));
    if (account.isEmpty()) {
      if (notify) {
        context.hubCall("withFileUploadNotifications", JavaCode.bool(true));
      }
      notificationsAlone(context, notify);
      return;
    }
    ObjectNode endpoint = storage.get();
    String container = AdoptionContext.takeText(endpoint, "containerName").orElseThrow();
    context.hubCall("defineFileUpload", account.get(), JavaCode.string(container));
    CloudToDeviceGroup.duration(endpoint, "sasTtlAsIso8601").filter(ttl -> !ttl.equals(Duration.ofHours(1)))
        .ifPresent(ttl -> context.childCall("withSasTtl", JavaCode.duration(ttl)));
    if (notify) {
      FileNotificationSpec settings = settings(context);
      context.childCall("withNotifications", settings.equals(FileNotificationSpec.DEFAULT) ? new JavaCode[0]
          : arguments(settings));
    }
    String authentication = AdoptionContext.takeText(endpoint, "authenticationType").orElse("keyBased");
    endpoint.remove("connectionString");
    if (authentication.equalsIgnoreCase("keyBased")) {
      context.childCall("withKeyBasedAuthentication");
      context.note(AdoptionNote.Kind.SECRET, AT + ".connectionString", "file upload is key-based; its connection"
          + " string becomes a secure template parameter, supplied at deployment, never written to the definition");
    } else if (context.takeUserAssignedIdentity(endpoint)) {
      context.childCall("withIdentity", JavaCode.constant(IdentityKind.class, IdentityKind.USER_ASSIGNED.name()));
    }
    context.childCall("attach");
    if (!notify) {
      notificationsAlone(context, false);
    }
  }

  private static Optional<JavaCode> account(AdoptionContext context, ObjectNode endpoint) {
    Optional<String> withoutKeys = context.secret("/properties/storageEndpoints/$default/connectionString")
        .flatMap(ExportedSecret::withoutKeys);
    Optional<String> text = endpoint.path("connectionString").isTextual()
        ? Optional.of(endpoint.get("connectionString").asText()) : Optional.empty();
    Optional<String> name = TargetNames.target(text, withoutKeys.or(() -> text));
    if (name.isEmpty() || !endpoint.path("containerName").isTextual()) {
      return Optional.empty();
    }
    boolean identityBased = endpoint.path("authenticationType").asText("keyBased").equalsIgnoreCase("identityBased");
    return context.targets.use(TargetKind.STORAGE, name.get(), new Targets.Where(Optional.empty(), Optional.empty()),
        identityBased, endpoint.get("containerName").asText(), AT);
  }

  /** Takes {@code messagingEndpoints.fileNotifications}; a missing value is the service's default. */
  private static FileNotificationSpec settings(AdoptionContext context) {
    Optional<ObjectNode> settings = context.object("properties", "messagingEndpoints", "fileNotifications");
    FileNotificationSpec defaults = FileNotificationSpec.DEFAULT;
    Duration lock = settings.flatMap(node -> CloudToDeviceGroup.duration(node, "lockDurationAsIso8601"))
        .orElse(defaults.lockDuration());
    Duration ttl = settings.flatMap(node -> CloudToDeviceGroup.duration(node, "ttlAsIso8601")).orElse(defaults.timeToLive());
    int count = settings.flatMap(node -> AdoptionContext.take(node, "maxDeliveryCount")).map(JsonNode::asInt)
        .orElse(defaults.maxDeliveryCount());
    return new FileNotificationSpec(lock, ttl, count);
  }

  private static JavaCode[] arguments(FileNotificationSpec settings) {
    return new JavaCode[] {JavaCode.duration(settings.lockDuration()), JavaCode.duration(settings.timeToLive()),
        JavaCode.number(settings.maxDeliveryCount())};
  }

  /**
   * Notification settings without file upload's {@code withNotifications(..)}: while notifications are off, the
   * service's defaults are left out; anything else is {@code withFileNotifications(..)}.
   */
  private static void notificationsAlone(AdoptionContext context, boolean notify) {
    Optional<ObjectNode> stated = context.object("properties", "messagingEndpoints", "fileNotifications");
    if (stated.isEmpty()) {
      return;
    }
    FileNotificationSpec defaults = FileNotificationSpec.DEFAULT;
    ObjectNode node = stated.get();
    boolean isDefault = node.size() == 3
        && node.path("lockDurationAsIso8601").asText().equals("PT1M")
        && node.path("ttlAsIso8601").asText().equals("PT1H")
        && node.path("maxDeliveryCount").asInt() == defaults.maxDeliveryCount();
    if (isDefault && !notify) {
      context.take("properties", "messagingEndpoints", "fileNotifications");
      context.note(AdoptionNote.Kind.NOT_RESTATED, "$.properties.messagingEndpoints.fileNotifications", "file"
          + " notification settings of a hub whose notifications are off, at the service's defaults; left out");
      return;
    }
    context.hubCall("withFileNotifications", arguments(settings(context)));
  }
}
