package io.iotnetwork.generator.plan;

import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;

/**
 * The narrowest built-in role the hub's identity needs on each kind of target (azure-facts §5):
 * data-plane send or blob write, never Contributor.
 */
public enum DataRole {
  /** Routing to blobs, file upload, import/export. */
  STORAGE_BLOB_DATA_CONTRIBUTOR("Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe"),
  /** Routing to an event hub. */
  EVENT_HUBS_DATA_SENDER("Azure Event Hubs Data Sender", "2b629674-e913-4c01-ae53-ef4638d8f975"),
  /** Routing to a Service Bus queue or topic. */
  SERVICE_BUS_DATA_SENDER("Azure Service Bus Data Sender", "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39");

  private final String displayName;
  private final String definitionGuid;

  DataRole(String displayName, String definitionGuid) {
    this.displayName = displayName;
    this.definitionGuid = definitionGuid;
  }

  /** The role's name as Azure shows it. */
  public String displayName() {
    return displayName;
  }

  /** The built-in role definition's GUID. */
  public String definitionGuid() {
    return definitionGuid;
  }

  /** {@code subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '<guid>')}. */
  public Call definitionId() {
    return Call.of("subscriptionResourceId", Value.of("Microsoft.Authorization/roleDefinitions"),
        Value.of(definitionGuid));
  }

  /** The role the hub needs on {@code target}. */
  public static DataRole forTarget(EgressTarget target) {
    if (target instanceof EventHubsNamespaceSpec) {
      return EVENT_HUBS_DATA_SENDER;
    }
    return target instanceof ServiceBusNamespaceSpec ? SERVICE_BUS_DATA_SENDER : STORAGE_BLOB_DATA_CONTRIBUTOR;
  }
}
