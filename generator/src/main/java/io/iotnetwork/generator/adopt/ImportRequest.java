package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code iot-network:import} was asked.
 *
 * @param exportFile        the export: {@code az iot hub show}, {@code az resource show} or an ARM template
 * @param parametersFile    a template's parameters file, if any
 * @param hubName           the hub to adopt; needed when the export holds several
 * @param packageName       the generated class's package
 * @param className         the generated class's simple name; empty derives it from the hub's name
 * @param allowUnexpressed  write the definition even when the DSL cannot state some property
 */
public record ImportRequest(Path exportFile, Optional<Path> parametersFile, Optional<String> hubName, String packageName,
    Optional<String> className, boolean allowUnexpressed) {
  public ImportRequest {
    requireNonNull(exportFile);
    requireNonNull(parametersFile);
    requireNonNull(hubName);
    requireNonNull(packageName);
    requireNonNull(className);
  }
}
