package io.iotnetwork.model;

/** A virtual network: an existing one, or one declared in the DSL. */
public sealed interface VirtualNetworkRef permits ExistingVirtualNetwork, VirtualNetworkSpec {

  /** The network's name. */
  String name();
}
