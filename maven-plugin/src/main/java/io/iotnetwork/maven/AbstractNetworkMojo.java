package io.iotnetwork.maven;

import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.diff.ChangeBaseline;
import io.iotnetwork.generator.validate.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the goals share: finding and running the definitions, and judging their diagnostics. */
abstract class AbstractNetworkMojo extends AbstractMojo {

  /** The project whose classpath holds the definitions. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /**
   * Fully qualified names of network definition classes (implementing
   * {@code io.iotnetwork.dsl.NetworkDefinition}) to compile, in addition to those listed in
   * {@code META-INF/services/io.iotnetwork.dsl.NetworkDefinition}. Default: only the listed ones.
   */
  @Parameter(property = PluginProperties.DEFINITIONS)
  List<String> definitions;

  /**
   * Fail the build when any definition has a warning, not only an error; on an up-to-date build, the
   * warnings recorded by the build that wrote the templates count. Default: false.
   */
  @Parameter(property = PluginProperties.FAIL_ON_WARNING, defaultValue = "false")
  boolean failOnWarning;

  /** Skip the goal. Default: false. */
  @Parameter(property = PluginProperties.SKIP, defaultValue = "false")
  boolean skip;

  /** The project's compile and runtime classpath, each element once. */
  List<String> classpath() throws MojoExecutionException {
    try {
      Set<String> elements = new LinkedHashSet<>(project.getCompileClasspathElements());
      elements.addAll(project.getRuntimeClasspathElements());
      return new ArrayList<>(elements);
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's dependencies are not resolved", e);
    }
  }

  List<String> explicitDefinitions() {
    return definitions == null ? List.of() : definitions.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Runs every definition through the generator and logs its diagnostics. Throws
   * {@link MojoFailureException} ({@link DiagnosticVerdict.Failure} when it comes from diagnostics) when
   * any network has an error (or a warning with {@code failOnWarning}), before anything is written.
   */
  List<CompiledNetwork> compileAll(List<String> classpath) throws MojoFailureException, MojoExecutionException {
    return compileAll(classpath, count -> Optional.empty());
  }

  /** Where each network's report baseline comes from, for a project of {@code networkCount} networks. */
  interface ReportBaselines {
    Optional<BaselineLocator> locator(int networkCount) throws UserError;
  }

  /**
   * As {@link #compileAll(List)}; a network {@code baselines} holds gets a "Changes" section in its
   * reports ({@link Generator#generate(io.iotnetwork.model.IotNetworkSpec, ChangeBaseline)}).
   */
  List<CompiledNetwork> compileAll(List<String> classpath, ReportBaselines baselines)
      throws MojoFailureException, MojoExecutionException {
    List<LoadedDefinition> loaded;
    Map<String, ChangeBaseline> reportBaselines = new HashMap<>();
    try {
      loaded = DefinitionLoader.load(classpath, explicitDefinitions());
      checkUniqueIds(loaded);
      Optional<BaselineLocator> locator = baselines.locator(loaded.size());
      for (LoadedDefinition definition : loaded) {
        String id = definition.spec().id();
        if (locator.isPresent()) {
          locator.get().find(id).ifPresent(found -> reportBaselines.put(id, found));
        }
      }
    } catch (UserError e) {
      throw new MojoFailureException(LogText.escape(e.getMessage()));
    }
    List<CompiledNetwork> compiled = new ArrayList<>();
    for (LoadedDefinition definition : loaded) {
      ChangeBaseline against = reportBaselines.get(definition.spec().id());
      try {
        compiled.add(new CompiledNetwork(definition, against != null
            ? Generator.generate(definition.spec(), against) : Generator.generate(definition.spec())));
      } catch (RuntimeException e) {
        throw new MojoExecutionException(LogText.escape("iot-network failed on network '" + definition.spec().id()
            + "' (a bug in iot-network, not in your definition; please report it): " + e), e);
      }
    }
    Map<String, Diagnostics> diagnostics = new LinkedHashMap<>();
    compiled.forEach(network -> diagnostics.put(network.networkId(), network.result().diagnostics()));
    DiagnosticVerdict.logAndJudge(getLog(), diagnostics, failOnWarning, "nothing was written");
    return compiled;
  }

  private static void checkUniqueIds(List<LoadedDefinition> loaded) throws MojoFailureException {
    Set<String> ids = new HashSet<>();
    for (LoadedDefinition definition : loaded) {
      if (!ids.add(definition.spec().id())) {
        throw new MojoFailureException(LogText.escape("Two network definitions use the id '" + definition.spec().id()
            + "' (one is " + definition.className() + "); each needs its own IotNetwork.define(id), which names its "
            + "output folder and artifact classifier."));
      }
    }
  }
}
