package io.iotnetwork.maven;

/** The user properties of the plugin's parameters, e.g. {@code -Diot-network.skip}. */
final class PluginProperties {
  static final String DEFINITIONS = "iot-network.definitions";
  static final String OUTPUT_DIRECTORY = "iot-network.outputDirectory";
  static final String FORMATS = "iot-network.formats";
  static final String ATTACH = "iot-network.attach";
  static final String FAIL_ON_WARNING = "iot-network.failOnWarning";
  static final String SKIP = "iot-network.skip";
  static final String BASELINE = "iot-network.baseline";
  static final String BASELINE_EXPORT = "iot-network.baselineExport";
  static final String BASELINE_VERSION = "iot-network.baselineVersion";
  static final String FAIL_ON_MISSING_BASELINE = "iot-network.failOnMissingBaseline";
  static final String FAIL_ON = "iot-network.failOn";
  static final String DIFF_DIRECTORY = "iot-network.diffDirectory";

  private PluginProperties() {}
}
