package io.iotnetwork.generator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The files of one network definition, by path relative to its output folder
 * ({@code azuredeploy.json}, {@code main.bicep}, ...). Same definition, same bytes.
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
   * The files of the {@code formats} the user chose, and the review reports, which belong to every
   * format.
   */
  public GeneratedFiles forFormats(Set<OutputFormat> formats) {
    return filter(path -> path.equals(REPORT_HTML) || path.equals(REPORT_MARKDOWN)
        || formats.stream().anyMatch(format -> format.owns(path)));
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
