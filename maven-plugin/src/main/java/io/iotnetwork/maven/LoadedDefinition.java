package io.iotnetwork.maven;

import io.iotnetwork.model.IotNetworkSpec;

/**
 * A network definition the plugin ran, with the class that defined it.
 *
 * @param className the definition's class
 * @param spec      what its {@code network()} returned
 */
record LoadedDefinition(String className, IotNetworkSpec spec) {}
