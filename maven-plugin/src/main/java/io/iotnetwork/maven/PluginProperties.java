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
  static final String IMPORT_FILE = "iot-network.importFile";
  static final String PARAMETERS_FILE = "iot-network.parametersFile";
  static final String HUB_NAME = "iot-network.hubName";
  static final String PACKAGE = "iot-network.package";
  static final String CLASS_NAME = "iot-network.className";
  static final String OUTPUT_FOLDER = "iot-network.outputFolder";
  static final String OVERWRITE = "iot-network.overwrite";
  static final String ALLOW_UNEXPRESSED = "iot-network.allowUnexpressed";

  private PluginProperties() {}
}
