package io.iotnetwork.maven;

import io.iotnetwork.benchmarks.AverageTimeBenchmark;
import io.iotnetwork.generator.OutputFormat;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code generate} goal's own work on an unchanged build: the build fingerprint over the
 * project's classpath (class files hashed, jars stamped), reading each network folder's
 * {@code .iot-network-state} and hashing the files it lists, as {@link GenerateMojo} does before it logs
 * "up to date". In this package because those
 * helpers are package-private. The jars the plugin runs with are Maven's to resolve; this JVM's
 * class path stands in for them, so the comparison itself never matches.
 *
 * <p>Needs {@code -Diotnetwork.bench.project=<dir>}: a Maven project the plugin has generated in,
 * with its runtime classpath in {@code target/bench-classpath.txt} ({@code benchmarks/run} prepares
 * a copy of samples/plant-fleet).
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SkipCheckBenchmark extends AverageTimeBenchmark {
  /** The system property naming the project. */
  public static final String PROJECT = "iotnetwork.bench.project";
  private static final String PLUGIN_POM_PROPERTIES =
      "/META-INF/maven/io.iotnetwork/iot-network-maven-plugin/pom.properties";

  private String pluginVersion;
  /** The plugin jar and the jars it runs with (this JVM's class path stands in for them). */
  private List<Path> pluginJars;
  private List<String> settings;
  private List<String> classpath;
  private Path output;

  @Setup(Level.Trial)
  public void locate() throws IOException, URISyntaxException {
    String dir = System.getProperty(PROJECT);
    if (dir == null) {
      throw new IllegalStateException("Set -D" + PROJECT + "=<a project built with the plugin>; benchmarks/run does.");
    }
    Path project = Path.of(dir);
    classpath = new ArrayList<>();
    classpath.add(project.resolve("target/classes").toString());
    String dependencies = Files.readString(project.resolve("target/bench-classpath.txt"), StandardCharsets.UTF_8);
    classpath.addAll(List.of(dependencies.strip().split(File.pathSeparator)));
    output = project.resolve("target/iot-network");
    pluginJars = new ArrayList<>();
    pluginJars.add(Path.of(BuildFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(jar -> jar.endsWith(".jar"))
        .map(Path::of).sorted().forEach(pluginJars::add);
    Properties pom = new Properties();
    try (InputStream in = BuildFingerprint.class.getResourceAsStream(PLUGIN_POM_PROPERTIES)) {
      pom.load(in);
    }
    pluginVersion = pom.getProperty("version");
    settings = List.of("formats " + EnumSet.allOf(OutputFormat.class), "definitions " + List.of());
    System.out.println("skip-check: fingerprints " + pluginJars.size() + " jars standing in for the plugin's and "
        + classpath.size() + " classpath entries; the stand-in jars differ from Maven's, so the state never matches, "
        + "but the work is the same as on an up-to-date build");
  }

  @Benchmark
  public boolean upToDate() throws IOException {
    String fingerprint = BuildFingerprint.of(pluginVersion, pluginJars, settings, classpath);
    return PublishedOutput.read(output).isCurrent(fingerprint);
  }
}
