package io.iotnetwork.maven;

import io.iotnetwork.generator.diff.BaselineKind;
import io.iotnetwork.generator.diff.ChangeBaseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A live state exported from Azure ({@code az iot hub show}, {@code az resource show} or
 * {@code az group export} JSON): one file compared with every network, or a folder with a
 * {@code <network-id>.json} per network. A template export may have its parameters beside it, as
 * {@code <name>.parameters.json}.
 */
final class ExportBaseline implements BaselineLocator {
  private final Path location;

  ExportBaseline(Path location) {
    this.location = location;
  }

  @Override
  public String label() {
    return "export " + location.getFileName();
  }

  @Override
  public BaselineKind kind() {
    return BaselineKind.LIVE_STATE;
  }

  @Override
  public String layout() {
    return "<network-id>.json in " + location;
  }

  @Override
  public Optional<ChangeBaseline> find(String networkId) throws UserError {
    Path export = Files.isDirectory(location) ? location.resolve(networkId + ".json") : location;
    if (!Files.isRegularFile(export)) {
      return Optional.empty();
    }
    String name = export.getFileName().toString();
    Path parameters = export.resolveSibling(name.replaceFirst("\\.json$", "") + ".parameters.json");
    String label = "export " + (Files.isDirectory(location) ? location.getFileName() + "/" : "") + name;
    return Optional.of(new ChangeBaseline(label, BaselineReader.read(export,
        Files.isRegularFile(parameters) ? Optional.of(parameters) : Optional.empty(), label), BaselineKind.LIVE_STATE));
  }
}
