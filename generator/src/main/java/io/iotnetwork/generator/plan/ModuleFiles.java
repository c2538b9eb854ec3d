package io.iotnetwork.generator.plan;

/** File names of Bicep modules, from their symbolic names. */
final class ModuleFiles {
  private ModuleFiles() {}

  /** {@code iotHubContosoHubEgress} becomes {@code iot-hub-contoso-hub-egress}. */
  static String kebab(String symbol) {
    return symbol.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
