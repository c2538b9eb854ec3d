package io.iotnetwork.model;

/**
 * A customer resource the hub sends to: a storage account, an Event Hubs namespace or a Service
 * Bus namespace.
 */
public sealed interface EgressTarget permits StorageAccountSpec, EventHubsNamespaceSpec, ServiceBusNamespaceSpec {

  /** The resource's name. */
  String name();

  /** Created by the template, or existing. */
  TargetOrigin origin();

  /** Its firewall. */
  TargetFirewallSpec firewall();

  /** Where it was declared. */
  SourceLocation source();

  /** The DSL path in diagnostics, e.g. {@code storageAccount[stcontoso]}. */
  String path();

  /** True when the template creates it. */
  default boolean created() {
    return origin() instanceof CreatedTarget;
  }

  /** True when the hub already holds its roles on this existing target, so none is written. */
  default boolean grantsExist() {
    return origin() instanceof ExistingTarget existing && existing.grantsExist();
  }
}
