package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;

/** The three shapes an export comes in (azure-facts §11). */
public enum ExportDialect {
  /** {@code az iot hub show}: the SDK model, with {@code resourcegroup}, SDK names and Python timedeltas. */
  AZ_CLI,
  /** {@code az resource show} or an ARM GET: wire names and ISO 8601 durations. */
  ARM_RESOURCE,
  /** An ARM template from {@code az group export}, the portal's "Export template", or a build of ours. */
  ARM_TEMPLATE;

  /** The dialect of one document (an object, or the first item of a list of resources). */
  static ExportDialect of(JsonNode document) {
    JsonNode first = document.isArray() && !document.isEmpty() ? document.get(0) : document;
    if (first.path("$schema").asText().contains("deploymentTemplate.json") || first.has("resources")) {
      return ARM_TEMPLATE;
    }
    if (first.has("resourcegroup") || first.has("subscriptionid")) {
      return AZ_CLI;
    }
    return ARM_RESOURCE;
  }
}
