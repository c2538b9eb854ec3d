package io.iotnetwork.maven;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;

/**
 * A network definition and what the generator made of it.
 *
 * @param definition the definition that ran
 * @param result     its diagnostics and files
 */
record CompiledNetwork(LoadedDefinition definition, GenerationResult result) {

  String networkId() {
    return definition.spec().id();
  }

  GeneratedFiles files() {
    return result.files().orElseThrow(() -> new IllegalStateException("bug: files of a failed network requested"));
  }
}
