package io.iotnetwork.maven;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.diff.BaselineKind;
import io.iotnetwork.generator.diff.ChangeBaseline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An earlier output of the generate goal, as a folder or a zip: each network's
 * {@code <network-id>/azuredeploy.json} and {@code azuredeploy.parameters.json} (in a zip, also under
 * one top folder), or, for a project with one network, a single network's folder or
 * {@code <network-id>.zip} with the template at its root.
 */
final class OutputBaseline implements BaselineLocator {
  private final Path location;
  private final boolean singleNetwork;
  /** The zip's template and parameters entries by path, or empty for a folder. */
  private final Optional<TreeMap<String, String>> zipEntries;

  private OutputBaseline(Path location, boolean singleNetwork, Optional<TreeMap<String, String>> zipEntries) {
    this.location = location;
    this.singleNetwork = singleNetwork;
    this.zipEntries = zipEntries;
  }

  /** The output at {@code location}, compared with a project of {@code networkCount} networks. */
  static OutputBaseline at(Path location, int networkCount) throws UserError {
    if (Files.isDirectory(location)) {
      return new OutputBaseline(location, networkCount == 1, Optional.empty());
    }
    return new OutputBaseline(location, networkCount == 1, Optional.of(templateEntries(location)));
  }

  @Override
  public String label() {
    return "earlier output " + location.getFileName();
  }

  @Override
  public BaselineKind kind() {
    return BaselineKind.EARLIER_BUILD;
  }

  @Override
  public String layout() {
    return "<network-id>/" + GeneratedFiles.ARM_TEMPLATE + (singleNetwork ? " or " + GeneratedFiles.ARM_TEMPLATE : "")
        + " in " + location;
  }

  @Override
  public Optional<ChangeBaseline> find(String networkId) throws UserError {
    return zipEntries.isPresent() ? inZip(networkId, zipEntries.get()) : inFolder(networkId);
  }

  private Optional<ChangeBaseline> inFolder(String networkId) throws UserError {
    Path folder = location.resolve(networkId);
    if (!Files.isRegularFile(folder.resolve(GeneratedFiles.ARM_TEMPLATE))) {
      if (!singleNetwork || !Files.isRegularFile(location.resolve(GeneratedFiles.ARM_TEMPLATE))) {
        return Optional.empty();
      }
      folder = location;
    }
    Path parameters = folder.resolve(GeneratedFiles.ARM_PARAMETERS);
    return Optional.of(new ChangeBaseline(label(), BaselineReader.read(folder.resolve(GeneratedFiles.ARM_TEMPLATE),
        Files.isRegularFile(parameters) ? Optional.of(parameters) : Optional.empty(), label()), BaselineKind.EARLIER_BUILD));
  }

  private Optional<ChangeBaseline> inZip(String networkId, TreeMap<String, String> entries) throws UserError {
    Optional<String> prefix = entries.keySet().stream()
        .filter(name -> name.equals(networkId + "/" + GeneratedFiles.ARM_TEMPLATE)
            || name.matches("[^/]+/" + java.util.regex.Pattern.quote(networkId + "/" + GeneratedFiles.ARM_TEMPLATE)))
        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .map(name -> name.substring(0, name.length() - GeneratedFiles.ARM_TEMPLATE.length()));
    if (prefix.isEmpty() && singleNetwork && entries.containsKey(GeneratedFiles.ARM_TEMPLATE)) {
      prefix = Optional.of("");
    }
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    String template = prefix.get() + GeneratedFiles.ARM_TEMPLATE;
    return Optional.of(new ChangeBaseline(label(), BaselineReader.read(location.getFileName() + "!/" + template,
        entries.get(template), Optional.ofNullable(entries.get(prefix.get() + GeneratedFiles.ARM_PARAMETERS)), label()),
        BaselineKind.EARLIER_BUILD));
  }

  private static TreeMap<String, String> templateEntries(Path zip) throws UserError {
    TreeMap<String, String> entries = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : List.copyOf(java.util.Collections.list(file.entries()))) {
        String name = entry.getName().replace('\\', '/');
        if (!entry.isDirectory() && (name.endsWith(GeneratedFiles.ARM_TEMPLATE) || name.endsWith(GeneratedFiles.ARM_PARAMETERS))) {
          try (InputStream in = file.getInputStream(entry)) {
            entries.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UserError("The baseline " + zip + " is neither a folder nor a readable zip (" + e.getMessage()
          + "); give the folder or a zip of an earlier iot-network output (target/iot-network)");
    }
    return entries;
  }
}
