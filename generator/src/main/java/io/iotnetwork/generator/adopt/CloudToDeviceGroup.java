package io.iotnetwork.generator.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code cloudToDevice} ({@code defineCloudToDevice(..)}, {@code withFeedback(..)}); a missing
 * {@code maxDeliveryCount} or default time to live takes the service's default (10, one hour).
 */
final class CloudToDeviceGroup implements PropertyGroup {
  @Override
  public void adopt(AdoptionContext context) {
    Optional<ObjectNode> messages = context.object("properties", "cloudToDevice");
    if (messages.isEmpty()) {
      return;
    }
    long count = AdoptionContext.take(messages.get(), "maxDeliveryCount").map(JsonNode::asLong).orElse(10L);
    Duration ttl = duration(messages.get(), "defaultTtlAsIso8601").orElse(Duration.ofHours(1));
    context.hubCall("defineCloudToDevice", JavaCode.number(count), JavaCode.duration(ttl));
    ObjectNode feedback = messages.get().path("feedback").isObject() ? (ObjectNode) messages.get().get("feedback") : null;
    if (feedback != null && feedback.has("lockDurationAsIso8601") && feedback.has("ttlAsIso8601")
        && feedback.has("maxDeliveryCount")) {
      context.childCall("withFeedback", JavaCode.duration(duration(feedback, "lockDurationAsIso8601").orElseThrow()),
          JavaCode.duration(duration(feedback, "ttlAsIso8601").orElseThrow()),
          JavaCode.number(feedback.remove("maxDeliveryCount").asLong()));
    }
    context.childCall("attach");
  }

  /** Takes an ISO 8601 duration field; one that does not parse stays in the body. */
  static Optional<Duration> duration(ObjectNode object, String field) {
    if (!object.path(field).isTextual()) {
      return Optional.empty();
    }
    try {
      Duration parsed = Duration.parse(object.get(field).asText());
      object.remove(field);
      return Optional.of(parsed);
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
  }
}
