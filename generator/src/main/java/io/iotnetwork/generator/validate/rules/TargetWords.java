package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;

/** How diagnostics name an egress target: in words, by ARM type, and by the DSL call that declares it. */
enum TargetWords {
  STORAGE_ACCOUNT("Microsoft.Storage/storageAccounts", "storage account", "StorageAccount"),
  EVENT_HUBS_NAMESPACE("Microsoft.EventHub/namespaces", "Event Hubs namespace", "EventHubsNamespace"),
  SERVICE_BUS_NAMESPACE("Microsoft.ServiceBus/namespaces", "Service Bus namespace", "ServiceBusNamespace");

  private final String armType;
  private final String noun;
  private final String dslClass;

  TargetWords(String armType, String noun, String dslClass) {
    this.armType = armType;
    this.noun = noun;
    this.dslClass = dslClass;
  }

  /** The words for {@code target}'s kind. */
  static TargetWords of(EgressTarget target) {
    if (target instanceof StorageAccountSpec) {
      return STORAGE_ACCOUNT;
    }
    return target instanceof EventHubsNamespaceSpec ? EVENT_HUBS_NAMESPACE : SERVICE_BUS_NAMESPACE;
  }

  /** E.g. {@code storage account 'stcontoso'}. */
  static String describe(EgressTarget target) {
    return of(target).noun + " '" + target.name() + "'";
  }

  /** E.g. {@code StorageAccount.define("stcontoso")} or {@code StorageAccount.existing(..)}. */
  static String dslCall(EgressTarget target) {
    return of(target).dslClass + (target.created() ? ".define(\"" + target.name() + "\")" : ".existing(..)");
  }

  /** The resource type, e.g. {@code Microsoft.Storage/storageAccounts}. */
  String armType() {
    return armType;
  }

  /** The DSL class that declares this kind, e.g. {@code StorageAccount}. */
  String dslClass() {
    return dslClass;
  }
}
