package io.iotnetwork.generator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one network definition, by path relative to its output folder
 * ({@code azuredeploy.json}, {@code main.bicep}, ...; for a definition one deployment cannot hold, the
 * same per stage under {@code stages/<stage>/} and the deployment plan, see {@link #stages()} and
 * {@link #artifactOf}). Same definition, same bytes.
 *
 * @param files the contents by relative path, sorted
 */
public record GeneratedFiles(SortedMap<String, byte[]> files) {

  /** The ARM template. */
  public static final String ARM_TEMPLATE = "azuredeploy.json";
  /** The ARM parameters file. */
  public static final String ARM_PARAMETERS = "azuredeploy.parameters.json";
  /** The Bicep file. */
  public static final String BICEP = "main.bicep";
  /** The Bicep parameters file. */
  public static final String BICEP_PARAMETERS = "main.bicepparam";
  /** The review report for browsers: topology, posture, scanner preview. */
  public static final String REPORT_HTML = "report.html";
  /** The review report for pull-request comments. */
  public static final String REPORT_MARKDOWN = "report.md";
  /**
   * The folder of the stages of a definition one deployment cannot hold: {@code stages/<nn>-<name>/},
   * each with its own {@link #ARM_TEMPLATE}, {@link #ARM_PARAMETERS}, {@link #BICEP}, {@link #BICEP_PARAMETERS}
   * and {@code modules/}, in place of the single ones.
   */
  public static final String STAGES = "stages/";
  /** The deployment plan of a staged definition: a bash script that deploys every stage in order. */
  public static final String DEPLOY_SCRIPT = "deploy.sh";
  /** The deployment plan of a staged definition, for people: the stages, their order and sizes. */
  public static final String DEPLOY_GUIDE = "deploy.md";
  private static final Pattern STAGE_FILE = Pattern.compile("stages/([^/]+)/([^/]+)");
  private static final Map<String, String> ARTIFACT_TYPES = Map.of(ARM_TEMPLATE, "json",
      ARM_PARAMETERS, "parameters.json", BICEP, "bicep", BICEP_PARAMETERS, "bicepparam", REPORT_HTML, "html",
      REPORT_MARKDOWN, "md");

  /**
   * How a build attaches one generated file as an artifact: its classifier is the network id, followed
   * by {@code -<classifierSuffix>} unless that is empty.
   *
   * @param classifierSuffix  empty for the single template and the reports; the stage
   *                          ({@code 01-westeurope-01-to-08}) for a stage's files; {@code deploy} for the plan
   * @param type              the artifact type, e.g. {@code json}, {@code parameters.json}, {@code bicep}, {@code sh}
   */
  public record Artifact(String classifierSuffix, String type) {}

  public GeneratedFiles {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The file at {@code path} as UTF-8 text. */
  public String text(String path) {
    byte[] content = files.get(path);
    if (content == null) {
      throw new IllegalArgumentException("no generated file " + path + "; there are " + files.keySet());
    }
    return new String(content, StandardCharsets.UTF_8);
  }

  /**
   * The files of the {@code formats} the user chose, and the review reports and the deployment plan,
   * which belong to every format.
   */
  public GeneratedFiles forFormats(Set<OutputFormat> formats) {
    return filter(path -> path.equals(REPORT_HTML) || path.equals(REPORT_MARKDOWN) || path.equals(DEPLOY_SCRIPT)
        || path.equals(DEPLOY_GUIDE) || formats.stream().anyMatch(format -> format.owns(path)));
  }

  /** True when the definition is written as several top-level deployments under {@link #STAGES}. */
  public boolean staged() {
    return files.containsKey(DEPLOY_SCRIPT);
  }

  /** The stages' folders ({@code stages/00-foundation}, ...) in deployment order; empty when not {@link #staged()}. */
  public List<String> stages() {
    return files.keySet().stream().map(STAGE_FILE::matcher).filter(Matcher::matches)
        .map(match -> STAGES + match.group(1)).distinct().toList();
  }

  /**
   * How a build attaches the file at {@code path} (relative to the network's folder): the single
   * template's and every stage's template, parameters, Bicep and Bicep parameters files, the reports and
   * the deployment plan; empty for module files, which only the folder's archive carries.
   */
  public static Optional<Artifact> artifactOf(String path) {
    String normalized = path.replace('\\', '/');
    if (normalized.equals(DEPLOY_SCRIPT)) {
      return Optional.of(new Artifact("deploy", "sh"));
    } else if (normalized.equals(DEPLOY_GUIDE)) {
      return Optional.of(new Artifact("deploy", "md"));
    }
    Matcher stage = STAGE_FILE.matcher(normalized);
    if (stage.matches()) {
      return Optional.ofNullable(ARTIFACT_TYPES.get(stage.group(2))).filter(type -> !type.equals("html")
          && !type.equals("md")).map(type -> new Artifact(stage.group(1), type));
    }
    return Optional.ofNullable(ARTIFACT_TYPES.get(normalized)).map(type -> new Artifact("", type));
  }

  /** Every file a build attaches, with how ({@link #artifactOf}), by path. */
  public SortedMap<String, Artifact> artifacts() {
    TreeMap<String, Artifact> artifacts = new TreeMap<>();
    files.keySet().forEach(path -> artifactOf(path).ifPresent(artifact -> artifacts.put(path, artifact)));
    return artifacts;
  }

  /** A copy holding only the files {@code keep} accepts. */
  public GeneratedFiles filter(Predicate<String> keep) {
    TreeMap<String, byte[]> kept = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (keep.test(file.getKey())) {
        kept.put(file.getKey(), file.getValue());
      }
    }
    return new GeneratedFiles(kept);
  }
}
