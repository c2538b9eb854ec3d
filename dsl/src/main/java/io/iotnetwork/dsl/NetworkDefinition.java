package io.iotnetwork.dsl;

import io.iotnetwork.model.IotNetworkSpec;

/**
 * A network definition the Maven plugin finds and compiles. Implement it in a class with a public
 * no-argument constructor, and list the class in
 * {@code META-INF/services/io.iotnetwork.dsl.NetworkDefinition} or in the plugin's
 * {@code <definitions>}.
 */
public interface NetworkDefinition {

  /** Describes the network; called once per build. */
  IotNetworkSpec network();
}
