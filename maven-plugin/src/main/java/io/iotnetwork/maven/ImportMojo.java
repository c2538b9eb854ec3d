package io.iotnetwork.maven;

import io.iotnetwork.generator.adopt.ImportOutcome;
import io.iotnetwork.generator.adopt.ImportRequest;
import io.iotnetwork.generator.adopt.Importer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adopts an existing IoT hub: reads its export ({@code az iot hub show}, {@code az resource show}, or
 * an ARM template from {@code az group export} or the portal) and writes a Java {@code NetworkDefinition}
 * that restates it. Works inside a project and outside one (by the plugin's full coordinates). Writes
 * nothing on any error, and never replaces an existing file unless {@code overwrite} is set.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

  /** The export to read. */
  @Parameter(property = PluginProperties.IMPORT_FILE, required = true)
  File importFile;

  /** A template's parameters file, for name parameters without defaults. */
  @Parameter(property = PluginProperties.PARAMETERS_FILE)
  File parametersFile;

  /** The hub to adopt, when the export holds several. */
  @Parameter(property = PluginProperties.HUB_NAME)
  String hubName;

  /** The package of the generated class. */
  @Parameter(property = PluginProperties.PACKAGE, defaultValue = "adopted")
  String packageName;

  /** The generated class's name. Default: the hub's name in Pascal case, then {@code Network}. */
  @Parameter(property = PluginProperties.CLASS_NAME)
  String className;

  /** The source folder the class is written to, below its package's folders. */
  @Parameter(property = PluginProperties.OUTPUT_FOLDER, defaultValue = "src/main/java")
  File outputFolder;

  /** Replace the class's file if it exists. */
  @Parameter(property = PluginProperties.OVERWRITE, defaultValue = "false")
  boolean overwrite;

  /**
   * Write the definition even when the DSL cannot state some property of the hub: each becomes a
   * comment in the source and a WARNING. Without it, such a property fails the import.
   */
  @Parameter(property = PluginProperties.ALLOW_UNEXPRESSED, defaultValue = "false")
  boolean allowUnexpressed;

  /** The folder relative paths start from: the project's, or the current one outside a project. */
  @Parameter(defaultValue = "${basedir}", readonly = true)
  File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    ImportOutcome outcome = Importer.run(new ImportRequest(resolve(importFile).toPath(),
        Optional.ofNullable(parametersFile).map(file -> resolve(file).toPath()), Optional.ofNullable(hubName),
        packageName, Optional.ofNullable(className), allowUnexpressed));
    DiagnosticLog.log(getLog(), "import", outcome.diagnostics());
    if (outcome.source().isEmpty()) {
      throw new MojoFailureException("iot-network: " + importFile.getName() + " was not imported ("
          + outcome.diagnostics().ofSeverity(io.iotnetwork.generator.validate.Severity.ERROR).size()
          + " error(s), listed above); nothing was written");
    }
    Path target = resolve(outputFolder).toPath().resolve(packageName.replace('.', File.separatorChar))
        .resolve(outcome.className() + ".java");
    if (Files.exists(target) && !overwrite) {
      throw new MojoFailureException("iot-network: " + target + " exists; nothing was written. Pass -D"
          + PluginProperties.OVERWRITE + "=true to replace it, or -D" + PluginProperties.CLASS_NAME + "=.. for another class");
    }
    write(target, outcome.source().get());
    getLog().info(LogText.escape("iot-network: wrote " + target + " (hub adopted from " + importFile.getName()
        + "); list " + packageName + "." + outcome.className() + " in META-INF/services/io.iotnetwork.dsl.NetworkDefinition"
        + " (or -D" + PluginProperties.DEFINITIONS + ") and build it with iot-network:generate"));
  }

  private File resolve(File file) {
    return file.isAbsolute() || basedir == null ? file : new File(basedir, file.getPath());
  }

  /** Writes through a temporary file beside the target, so a failed write leaves nothing half written. */
  private static void write(Path target, String source) throws MojoExecutionException {
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        Files.writeString(temporary, source, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException failed) {
      throw new MojoExecutionException("iot-network: cannot write " + target, failed);
    }
  }
}
