package io.iotnetwork.generator.emit.deploy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One stage of a staged definition as written: what the deployment plan runs and the reports list.
 *
 * @param folder             its folder, e.g. {@code stages/01-westeurope-01-to-08}
 * @param title              what it deploys, in words
 * @param template           its ARM template's path, e.g. {@code stages/01-westeurope-01-to-08/azuredeploy.json}
 * @param bytes              the ARM template's size as written
 * @param topLevelResources  the resources of the ARM template itself, its nested deployments included (ARM's 800 limit)
 * @param allResources       the resources it deploys in all its templates, nested deployments not counted
 * @param after              the folders of the stages it must follow
 */
public record StageFile(String folder, String title, String template, int bytes, int topLevelResources,
    int allResources, List<String> after) {
  public StageFile {
    requireNonNull(folder);
    requireNonNull(title);
    requireNonNull(template);
    after = List.copyOf(after);
  }

  /** The stage's folder name under {@code stages/}, e.g. {@code 01-westeurope-01-to-08}. */
  public String name() {
    return nameOf(folder);
  }

  /** The names of the stages it must follow, comma-separated, or {@code none}. */
  public String afterNames() {
    return after.isEmpty() ? "none" : String.join(", ", after.stream().map(StageFile::nameOf).toList());
  }

  /** The ARM template's size with thousands separators, e.g. {@code 3,301,377}. */
  public String formattedBytes() {
    return String.format(Locale.ROOT, "%,d", bytes);
  }

  private static String nameOf(String folder) {
    return folder.substring(folder.lastIndexOf('/') + 1);
  }
}
