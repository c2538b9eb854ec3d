package io.iotnetwork.maven;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * A project in a temporary folder for driving {@link GenerateMojo} as Maven would: its class folder
 * (empty: the definitions come from the test classpath, named in {@code <definitions>}), the plugin's
 * jar, a recording log and the attached artifacts.
 */
final class MojoHarness {
  final Path classes;
  final Path output;
  final Path pluginJar;
  /** Every line logged, as {@code level: text}. */
  final List<String> log = new ArrayList<>();
  /** Every attached artifact, as {@code classifier type relative/path}. */
  final List<String> attached = new ArrayList<>();
  /** The earlier output the next runs compare with for the reports' "Changes" section, or null. */
  Path baseline;
  private int recompiles;

  MojoHarness(Path dir) throws IOException {
    classes = Files.createDirectories(dir.resolve("target/classes"));
    output = dir.resolve("target/iot-network");
    pluginJar = Files.writeString(dir.resolve("iot-network-maven-plugin.jar"), "plugin");
  }

  /** Runs the goal once over {@code definitions}, like {@code mvn package}. */
  void generate(boolean failOnWarning, Class<?>... definitions) throws Exception {
    log.clear();
    attached.clear();
    GenerateMojo mojo = new GenerateMojo();
    mojo.project = new MavenProject();
    mojo.project.getBuild().setOutputDirectory(classes.toString());
    mojo.definitions = Arrays.stream(definitions).map(Class::getName).toList();
    mojo.failOnWarning = failOnWarning;
    mojo.outputDirectory = output.toFile();
    mojo.formats = List.of("bicep", "arm");
    mojo.attach = true;
    mojo.plugin = plugin();
    mojo.projectHelper = recordingHelper();
    mojo.baseline = baseline == null ? null : baseline.toFile();
    mojo.setLog(new RecordingLog(log));
    mojo.execute();
  }

  /** Changes the project's classes, as a recompiled definition would: the next run regenerates. */
  void recompile() throws IOException {
    Files.writeString(classes.resolve("Changed.class"), "revision " + ++recompiles);
  }

  /** The folder of network {@code id}. */
  Path folder(String id) {
    return output.resolve(id);
  }

  /** True when a line of the last run contains {@code text}. */
  boolean logged(String text) {
    return log.stream().anyMatch(line -> line.contains(text));
  }

  private PluginDescriptor plugin() {
    DefaultArtifact artifact = new DefaultArtifact("io.iotnetwork", "iot-network-maven-plugin", "0.1.0-SNAPSHOT",
        "compile", "maven-plugin", null, new DefaultArtifactHandler("jar"));
    artifact.setFile(pluginJar.toFile());
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("0.1.0-SNAPSHOT");
    plugin.setPluginArtifact(artifact);
    plugin.setArtifacts(List.of());
    return plugin;
  }

  private MavenProjectHelper recordingHelper() {
    return (MavenProjectHelper) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {MavenProjectHelper.class}, (proxy, method, args) -> {
          if (method.getName().equals("attachArtifact") && args.length == 4) {
            attached.add(args[2] + " " + args[1] + " "
                + output.relativize(((File) args[3]).toPath()).toString().replace('\\', '/'));
          }
          return null;
        });
  }
}
