package io.iotnetwork.maven;

import io.iotnetwork.generator.report.PostureAnalyzer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Validates the project's network definitions and checks the templates they would produce against
 * the shipped schemas, writing nothing: for pull-request builds. Logs each hub's posture in one line
 * (exposure, DNS, TLS, keys, egress) and fails like {@code generate} does.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class ValidateMojo extends AbstractNetworkMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("iot-network: skipped (" + PluginProperties.SKIP + ")");
      return;
    }
    for (CompiledNetwork network : compileAll(classpath())) {
      getLog().info(LogText.escape("iot-network: network '" + network.networkId() + "' ("
          + network.definition().className() + ") is valid: " + network.files().files().size()
          + " files would be written; nothing was written"));
      PostureAnalyzer.analyze(network.definition().spec(), network.result().diagnostics()).summaryLines()
          .forEach(line -> getLog().info(LogText.escape("iot-network: [" + network.networkId() + "] " + line)));
    }
  }
}
