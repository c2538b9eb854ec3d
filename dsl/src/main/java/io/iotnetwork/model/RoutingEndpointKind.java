package io.iotnetwork.model;

/** The four kinds of custom routing endpoint ({@code properties.routing.endpoints}). */
public enum RoutingEndpointKind {
  /** {@code storageContainers}: a blob container. */
  STORAGE_CONTAINER("storageContainers"),
  /** {@code eventHubs}: an event hub. */
  EVENT_HUB("eventHubs"),
  /** {@code serviceBusQueues}: a Service Bus queue. */
  SERVICE_BUS_QUEUE("serviceBusQueues"),
  /** {@code serviceBusTopics}: a Service Bus topic. */
  SERVICE_BUS_TOPIC("serviceBusTopics");

  private final String armProperty;

  RoutingEndpointKind(String armProperty) {
    this.armProperty = armProperty;
  }

  /** The list under {@code properties.routing.endpoints} that holds this kind. */
  public String armProperty() {
    return armProperty;
  }
}
