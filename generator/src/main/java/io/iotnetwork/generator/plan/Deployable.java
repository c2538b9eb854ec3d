package io.iotnetwork.generator.plan;

/** Something a deployment creates and others can be ordered after: a resource or a module. */
public sealed interface Deployable permits PlannedResource, PlannedModule {

  /** The stable symbolic name: Bicep symbol, key of ordering and dependencies. */
  String symbolicName();
}
