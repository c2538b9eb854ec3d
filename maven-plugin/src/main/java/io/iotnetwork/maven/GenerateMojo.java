package io.iotnetwork.maven;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.OutputFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Compiles the project's network definitions into ARM JSON and Bicep (with the review reports
 * {@code report.html} and {@code report.md}), writes them with their zip {@code <network-id>.zip} to
 * {@code <outputDirectory>/<network-id>/} and attaches them to the project (classifier = network id),
 * so that {@code mvn install} and {@code mvn deploy} publish them. Each folder is replaced as a whole
 * (templates, zip and state together). Nothing is written when any definition has an error, and the
 * earlier folder of a network with an error is removed. When the definitions' classes and the plugin
 * are unchanged since the last run and every file is as that run wrote it, the files are left untouched
 * and that run's warnings and notes are logged again ({@code failOnWarning} applies to them).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class GenerateMojo extends AbstractNetworkMojo {

  /** Where each network's folder is written. */
  @Parameter(property = PluginProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/iot-network")
  File outputDirectory;

  /** The template languages to write: {@code bicep}, {@code arm}, or both (the default). */
  @Parameter(property = PluginProperties.FORMATS, defaultValue = "bicep,arm")
  List<String> formats;

  /** Attach the templates to the project as artifacts with the network id as classifier. Default: true. */
  @Parameter(property = PluginProperties.ATTACH, defaultValue = "true")
  boolean attach;

  /**
   * An earlier output (the folder the generate goal wrote, or a zip of it) to compare each network
   * with: its reports then get a "Changes" section, each change classified by risk, as the diff goal
   * classifies it. Default: none, and no such section.
   */
  @Parameter(property = PluginProperties.BASELINE)
  File baseline;

  /**
   * A live state ({@code az iot hub show}, {@code az resource show} or {@code az group export} JSON,
   * or a folder with a {@code <network-id>.json} per network) to compare each network with, for the
   * reports' "Changes" section. Default: none.
   */
  @Parameter(property = PluginProperties.BASELINE_EXPORT)
  File baselineExport;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Component
  MavenProjectHelper projectHelper;

  /** The plugin's jar and the jars it runs with, the generator among them. */
  private List<Path> pluginJars() {
    List<Path> jars = new ArrayList<>();
    jars.add(plugin.getPluginArtifact().getFile().toPath());
    plugin.getArtifacts().stream().filter(artifact -> artifact.getFile() != null)
        .map(artifact -> artifact.getFile().toPath()).sorted().forEach(jars::add);
    return jars;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("iot-network: skipped (" + PluginProperties.SKIP + ")");
      return;
    }
    Set<OutputFormat> selected = selectedFormats();
    Path output = outputDirectory.toPath();
    List<String> classpath = classpath();
    ReportBaseline reportBaseline = new ReportBaseline(baseline, baselineExport);
    try {
      reportBaseline.check();
    } catch (UserError e) {
      throw new MojoFailureException(LogText.escape(e.getMessage()));
    }
    List<String> inputs = new ArrayList<>(List.of("formats " + selected, "definitions " + explicitDefinitions()));
    inputs.addAll(reportBaseline.fingerprintInputs());
    String fingerprint = BuildFingerprint.of(plugin.getVersion(), pluginJars(), inputs, classpath);
    NetworkWriter writer = new NetworkWriter(output);
    try {
      for (Path leftover : writer.removeLeftovers()) {
        getLog().info(LogText.escape("iot-network: removed " + leftover + ", left by an interrupted build"));
      }
      PublishedOutput previous = PublishedOutput.read(output);
      if (previous.isCurrent(fingerprint)) {
        getLog().info("iot-network: templates in " + output + " are up to date (definitions and plugin unchanged); "
            + "files left untouched");
        DiagnosticVerdict.logAndJudge(getLog(), previous.diagnostics(), failOnWarning,
            "the templates of the last build were left as they are");
        attachAll(output, previous.networkIds());
        return;
      }
      List<CompiledNetwork> compiled = compileOrRemoveFailed(classpath, reportBaseline, writer);
      List<String> ids = compiled.stream().map(CompiledNetwork::networkId).toList();
      for (CompiledNetwork network : compiled) {
        Path folder = writer.folder(network.networkId());
        if (previous.isCurrent(network.networkId(), fingerprint)) {
          getLog().info(LogText.escape("iot-network: network '" + network.networkId() + "' in " + folder.toAbsolutePath()
              + " is up to date; files left untouched"));
          continue;
        }
        GeneratedFiles files = network.files().forFormats(selected);
        writer.publish(network.networkId(), files, fingerprint, ids, network.result().diagnostics());
        getLog().info(LogText.escape("iot-network: wrote " + files.files().size() + " files for network '"
            + network.networkId() + "' to " + folder.toAbsolutePath() + " " + files.files().keySet()));
      }
      removeStale(writer, previous, ids);
      removeLegacyLayout(output, previous, ids);
      attachAll(output, ids);
    } catch (IOException e) {
      throw new MojoExecutionException("iot-network could not write to " + output + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@link #compileAll}; when a network has an error, its earlier output is removed first, so that
   * its folder never holds templates that do not match its definition.
   */
  private List<CompiledNetwork> compileOrRemoveFailed(List<String> classpath, ReportBaseline reportBaseline,
      NetworkWriter writer) throws MojoExecutionException, MojoFailureException, IOException {
    try {
      return compileAll(classpath, reportBaseline::locator);
    } catch (DiagnosticVerdict.Failure failure) {
      for (String id : failure.networksWithErrors()) {
        if (writer.remove(id)) {
          getLog().warn(LogText.escape("iot-network: removed the earlier templates of network '" + id + "' from "
              + writer.folder(id).toAbsolutePath() + ": they do not match its definition, which has errors"));
        }
      }
      throw failure;
    }
  }

  private Set<OutputFormat> selectedFormats() throws MojoFailureException {
    Set<OutputFormat> selected = EnumSet.noneOf(OutputFormat.class);
    for (String name : formats) {
      selected.add(OutputFormat.named(name).orElseThrow(() -> new MojoFailureException(LogText.escape("Unknown format '"
          + name + "' in <formats> / -D" + PluginProperties.FORMATS + "; allowed: bicep, arm."))));
    }
    if (selected.isEmpty()) {
      throw new MojoFailureException("<formats> is empty; name bicep, arm or both.");
    }
    return selected;
  }

  private void removeStale(NetworkWriter writer, PublishedOutput previous, List<String> current) throws IOException {
    for (String id : previous.networkIds()) {
      if (!current.contains(id) && writer.remove(id)) {
        getLog().info(LogText.escape("iot-network: removed the templates of network '" + id
            + "', which is no longer defined"));
      }
    }
  }

  private void removeLegacyLayout(Path output, PublishedOutput previous, List<String> current) throws IOException {
    Set<String> ids = new LinkedHashSet<>(previous.networkIds());
    ids.addAll(current);
    for (Path file : LegacyLayout.remove(output, ids)) {
      getLog().info(LogText.escape("iot-network: removed " + file + " of an earlier plugin version (the zip and the "
          + "state now sit in each network's folder)"));
    }
  }

  /**
   * Attaches each network's files as {@link GeneratedFiles#artifactOf} says (the single template's or
   * every stage's files, the reports, the deployment plan; classifier = network id, plus the stage or
   * {@code deploy}), and its zip.
   */
  private void attachAll(Path output, List<String> ids) throws IOException {
    if (!attach) {
      return;
    }
    for (String id : ids) {
      Path folder = output.resolve(id);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        GeneratedFiles.artifactOf(path).ifPresent(artifact -> projectHelper.attachArtifact(project, artifact.type(),
            artifact.classifierSuffix().isEmpty() ? id : id + "-" + artifact.classifierSuffix(), file.toFile()));
      }
      attachIfPresent(archiveOf(output, id), "zip", id);
    }
  }

  private void attachIfPresent(Path file, String type, String classifier) {
    if (Files.isRegularFile(file)) {
      projectHelper.attachArtifact(project, type, classifier, file.toFile());
    }
  }

  private static Path archiveOf(Path output, String networkId) {
    return NetworkWriter.archiveOf(output.resolve(networkId), networkId);
  }
}
