package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.AzureResourceId;

/** The check and the words shared by the rules about resource ids of existing resources. */
final class ResourceIds {
  private ResourceIds() {}

  /** True when {@code resourceId} is a well-formed resource id of {@code type}. */
  static boolean isOfType(String resourceId, String type) {
    return AzureResourceId.parse(resourceId).filter(id -> id.isOfType(type)).isPresent();
  }

  /**
   * True unless {@code resourceId} is given and malformed: a name taken from a malformed id is the
   * whole id, which {@code existing-resource-id} and {@code egress-target-id} already report.
   */
  static boolean namesParse(java.util.Optional<String> resourceId) {
    return resourceId.map(id -> AzureResourceId.parse(id).isPresent()).orElse(true);
  }

  /** The message for an id that is not of {@code type}. */
  static String notOfType(String resourceId, String type) {
    return "'" + resourceId + "' is not a resource id of type " + type + ".";
  }

  /** The hint: the id's shape, passed to {@code dslCall}. */
  static String hint(String type, String dslCall) {
    return "Pass /subscriptions/<id>/resourceGroups/<rg>/providers/" + type + "/... to " + dslCall + ".";
  }
}
