package io.iotnetwork.maven;

import io.iotnetwork.generator.diff.ChangeBaseline;
import io.iotnetwork.generator.diff.ClassifiedChange;
import io.iotnetwork.generator.diff.ConsoleDiffPrinter;
import io.iotnetwork.generator.diff.ProposedDeployment;
import io.iotnetwork.generator.diff.RiskClass;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Previews what each network's deployment would change, before anyone deploys: compiles the
 * definitions like {@code generate}, reads each network's ARM template back and compares it with a
 * baseline, classifying every change ({@code immutable}, {@code opens-access}, {@code destructive},
 * {@code closes-access}, {@code benign}; docs/diff.md). The baseline is, by default, the templates
 * the latest released version of this artifact attached; or an earlier output
 * ({@code iot-network.baseline}); or a live export ({@code iot-network.baselineExport}). Logs one
 * line per change, writes {@code diff.md} and {@code diff.json} per network, and fails the build on
 * the classes named in {@code failOn}.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class DiffMojo extends AbstractNetworkMojo {

  /**
   * An earlier output to compare with: the folder the generate goal wrote ({@code target/iot-network})
   * or a zip of it, or one network's folder or {@code <network-id>.zip}. Default: the latest release.
   */
  @Parameter(property = PluginProperties.BASELINE)
  File baseline;

  /**
   * A live state to compare with: {@code az iot hub show}, {@code az resource show} or
   * {@code az group export} JSON (parameters, if any, in {@code <name>.parameters.json} beside it), or a
   * folder with a {@code <network-id>.json} per network. Resources only Azure holds are reported as
   * benign; what the hub's full PUT would remove is reported as destructive.
   */
  @Parameter(property = PluginProperties.BASELINE_EXPORT)
  File baselineExport;

  /**
   * The released version whose attached templates are the baseline. Default: the highest version
   * below the project's that is not a SNAPSHOT.
   */
  @Parameter(property = PluginProperties.BASELINE_VERSION)
  String baselineVersion;

  /** Fail the build when there is no baseline (no release yet). Default: false, an INFO line. */
  @Parameter(property = PluginProperties.FAIL_ON_MISSING_BASELINE, defaultValue = "false")
  boolean failOnMissingBaseline;

  /**
   * Change classes that fail the build, e.g. {@code opens-access,immutable}; every offending change is
   * listed. Allowed: immutable, opens-access, destructive, closes-access, benign. Default: none.
   */
  @Parameter(property = PluginProperties.FAIL_ON)
  List<String> failOn;

  /**
   * Where each network's {@code diff.md} and {@code diff.json} are written, in a folder named by its
   * id. Default: {@code target/iot-network-diff}, beside the generate goal's output and not in it, so
   * a preview never makes the published templates' folder look changed.
   */
  @Parameter(property = PluginProperties.DIFF_DIRECTORY, defaultValue = "${project.build.directory}/iot-network-diff")
  File diffDirectory;

  @Component
  RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  List<RemoteRepository> remoteRepositories;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("iot-network: skipped (" + PluginProperties.SKIP + ")");
      return;
    }
    try {
      Set<RiskClass> failing = FailOnClasses.parse(failOn);
      BaselineChoice choice = new BaselineChoice(baseline, baselineExport, baselineVersion);
      choice.check();
      List<CompiledNetwork> compiled = compileAll(classpath());
      Optional<BaselineLocator> locator = choice.locator(compiled.size(), project.getVersion(), this::releaseRepository);
      if (locator.isEmpty()) {
        missingBaseline("there is no released version of " + releaseRepository().coordinates() + " below "
            + project.getVersion());
        return;
      }
      Map<CompiledNetwork, Optional<ChangeBaseline>> baselines = new LinkedHashMap<>();
      for (CompiledNetwork network : compiled) {
        baselines.put(network, locator.get().find(network.networkId()));
      }
      if (baselines.values().stream().allMatch(Optional::isEmpty)) {
        if (locator.get() instanceof ReleaseBaseline) {
          missingBaseline(locator.get().label() + " attached no templates");
          return;
        }
        throw new UserError("The baseline (" + locator.get().label() + ") holds none of the networks "
            + compiled.stream().map(CompiledNetwork::networkId).collect(Collectors.joining(", ")) + "; expected "
            + locator.get().layout());
      }
      List<String> offending = new ArrayList<>();
      for (Map.Entry<CompiledNetwork, Optional<ChangeBaseline>> entry : baselines.entrySet()) {
        offending.addAll(preview(entry.getKey(), entry.getValue().orElseGet(() -> absent(locator.get(), entry.getKey())), failing));
      }
      if (!offending.isEmpty()) {
        throw new MojoFailureException("iot-network: " + offending.size() + " change(s) of a class in failOn ("
            + failing.stream().map(RiskClass::id).collect(Collectors.joining(", ")) + "):\n  "
            + String.join("\n  ", offending));
      }
    } catch (UserError e) {
      throw new MojoFailureException(LogText.escape(e.getMessage()));
    }
  }

  /** The repository of this project's releases; tests give another. */
  ReleaseRepository releaseRepository() {
    return new ResolverReleaseRepository(repositorySystem, repositorySession, remoteRepositories, project.getGroupId(),
        project.getArtifactId());
  }

  private void missingBaseline(String why) throws MojoFailureException {
    String text = "iot-network: no baseline to compare with (" + why + "); set -D" + PluginProperties.BASELINE
        + " (an earlier output), -D" + PluginProperties.BASELINE_EXPORT + " (a live export) or -D"
        + PluginProperties.BASELINE_VERSION;
    if (failOnMissingBaseline) {
      throw new MojoFailureException(LogText.escape(text + " (" + PluginProperties.FAIL_ON_MISSING_BASELINE + " is set)"));
    }
    getLog().info(LogText.escape(text + "; nothing compared"));
  }

  private ChangeBaseline absent(BaselineLocator locator, CompiledNetwork network) {
    getLog().info(LogText.escape("iot-network: network '" + network.networkId() + "' is not in " + locator.label()
        + "; every resource is new"));
    return new ChangeBaseline(locator.label() + " (without network '" + network.networkId() + "')", List.of(), locator.kind());
  }

  /** Logs and writes one network's changes; returns those of a failing class, one line each. */
  private List<String> preview(CompiledNetwork network, ChangeBaseline against, Set<RiskClass> failing)
      throws MojoExecutionException {
    List<ClassifiedChange> changes = ProposedDeployment.changes(network.files(), against);
    getLog().info(LogText.escape("iot-network: network '" + network.networkId() + "' against " + against.label() + ":"));
    ConsoleDiffPrinter.lines(network.networkId(), changes).forEach(line -> getLog().info(LogText.escape("iot-network: " + line)));
    Path output = diffDirectory.toPath();
    try {
      Path folder = DiffFiles.write(output, network.networkId(), against, changes);
      getLog().info(LogText.escape("iot-network: wrote " + DiffFiles.MARKDOWN + " and " + DiffFiles.JSON + " to " + folder));
    } catch (IOException e) {
      throw new MojoExecutionException("iot-network could not write to " + output + ": " + e.getMessage(), e);
    }
    return changes.stream().filter(change -> failing.contains(change.riskClass()))
        .map(change -> LogText.escape("[" + network.networkId() + "] " + change.riskClass().id() + " "
            + change.classification().ruleId() + ": " + change.classification().reason()))
        .sorted().toList();
  }
}
