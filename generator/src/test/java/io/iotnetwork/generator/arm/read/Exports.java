package io.iotnetwork.generator.arm.read;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** The export fixtures under {@code src/test/resources/exports/} (see its README) and the golden outputs, read. */
final class Exports {
  private Exports() {}

  static Path fixture(String name) {
    return resource("/exports/" + name);
  }

  static Path golden(String scenario, String file) {
    return resource("/golden/" + scenario + "/" + file);
  }

  static ExportReadResult read(String name) {
    return ExportReader.read(fixture(name), Optional.empty(), ResourceScope.DEPLOYMENT);
  }

  static ExportedResource onlyHub(ExportReadResult result) {
    return result.hub(Optional.empty()).hub().orElseThrow(() -> new AssertionError(result.problems().toString()));
  }

  private static Path resource(String name) {
    try {
      return Path.of(Exports.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException missing) {
      throw new AssertionError("test resource " + name + " is missing", missing);
    }
  }
}
