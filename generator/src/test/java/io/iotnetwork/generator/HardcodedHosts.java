package io.iotnetwork.generator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Cloud hosts a template must not spell out, found as Bicep's {@code no-hardcoded-env-urls} finds
 * them: the default {@code disallowedhosts} of Azure/bicep {@code src/Bicep.Core/Configuration/bicepconfig.json},
 * matched ignoring case where no letter or digit adjoins the match, except inside an excluded host
 * ({@code schema.management.azure.com}, the {@code $schema} of every ARM file). The whole text is
 * searched, as ARM TTK's {@code DeploymentTemplate-Must-Not-Contain-Hardcoded-Uri} does, so a host
 * inside an expression's string argument counts too.
 */
public final class HardcodedHosts {
  /** Bicep's default {@code disallowedhosts}. */
  public static final List<String> DISALLOWED = List.of("api.loganalytics.io", "azuredatalakeanalytics.net",
      "azuredatalakestore.net", "batch.core.windows.net", "core.windows.net", "database.windows.net",
      "datalake.azure.net", "gallery.azure.com", "graph.windows.net", "login.microsoftonline.com",
      "management.azure.com", "management.core.windows.net", "region.asazure.windows.net", "trafficmanager.net",
      "vault.azure.net");
  /** Bicep's default {@code excludedhosts}. */
  public static final List<String> EXCLUDED = List.of("schema.management.azure.com");

  private HardcodedHosts() {}

  /**
   * The disallowed hosts in every template file of {@code files} (ARM, Bicep and their parameters,
   * not the reports), each with its file, leaving out those inside {@code userLiterals}: text the
   * definition gave verbatim (an extra allowed FQDN), which the generator cannot write otherwise.
   */
  public static List<String> inTemplates(GeneratedFiles files, Collection<String> userLiterals) {
    List<String> found = new ArrayList<>();
    files.files().keySet().stream().filter(HardcodedHosts::isTemplate).forEach(path -> {
      String text = files.text(path);
      for (String literal : userLiterals) {
        text = text.replace(literal, "");
      }
      in(text).forEach(host -> found.add(path + ": " + host));
    });
    return found;
  }

  private static boolean isTemplate(String path) {
    return path.endsWith(".json") || path.endsWith(".bicep") || path.endsWith(".bicepparam");
  }

  /** Each disallowed host in {@code text}, with the line it is on, e.g. {@code core.windows.net in "x": 'https://..'}. */
  public static List<String> in(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> excluded = new ArrayList<>();
    EXCLUDED.forEach(host -> matches(lower, host).forEach(start -> excluded.add(new int[] {start, start + host.length()})));
    List<String> found = new ArrayList<>();
    for (String host : DISALLOWED) {
      for (int start : matches(lower, host)) {
        int end = start + host.length();
        if (excluded.stream().noneMatch(span -> span[0] < end && start < span[1])) {
          found.add(host + " in: " + lineAround(text, start).strip());
        }
      }
    }
    return found;
  }

  private static List<Integer> matches(String lower, String host) {
    List<Integer> starts = new ArrayList<>();
    for (int at = lower.indexOf(host); at >= 0; at = lower.indexOf(host, at + host.length())) {
      boolean before = at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1));
      int end = at + host.length();
      boolean after = end < lower.length() && Character.isLetterOrDigit(lower.charAt(end));
      if (!before && !after) {
        starts.add(at);
      }
    }
    return starts;
  }

  private static String lineAround(String text, int index) {
    int start = text.lastIndexOf('\n', index) + 1;
    int end = text.indexOf('\n', index);
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
