package io.iotnetwork.generator.arm.read;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ExportReader} made of one file: its dialect, the normalized resources (one per type,
 * name and scope: a later declaration of the same resource, such as a hub's second deployment,
 * replaces the earlier), and every problem. When {@link #problems()} is not empty the resources are
 * incomplete and nothing may be written from them.
 */
public record ExportReadResult(String file, ExportDialect dialect, List<ExportedResource> resources,
    List<ReadProblem> problems) {
  /** The IoT hub type, as Azure spells it. */
  public static final String HUB_TYPE = "Microsoft.Devices/IotHubs";

  public ExportReadResult {
    requireNonNull(file, "file");
    requireNonNull(dialect, "dialect");
    resources = List.copyOf(resources);
    problems = List.copyOf(problems);
  }

  /** Whether the file was read without a problem. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** Every IoT hub in the export. */
  public List<ExportedResource> hubs() {
    return resources.stream().filter(resource -> resource.isA(HUB_TYPE)).toList();
  }

  /**
   * The one hub named {@code name} (without case), or the only hub when no name is given; a problem
   * when there is none, or several and none was named.
   */
  public HubChoice hub(Optional<String> name) {
    List<ExportedResource> hubs = hubs();
    List<ExportedResource> named = name.map(wanted -> hubs.stream()
        .filter(hub -> hub.name().equalsIgnoreCase(wanted)).toList()).orElse(hubs);
    if (named.size() == 1) {
      return new HubChoice(Optional.of(named.get(0)), Optional.empty());
    }
    String names = String.join(", ", hubs.stream().map(ExportedResource::name).toList());
    String why = hubs.isEmpty()
        ? "holds no " + HUB_TYPE + " resource; export an IoT hub (az iot hub show, az resource show, or az group export of its resource group)"
        : named.isEmpty()
            ? "holds no hub named '" + name.orElseThrow() + "'; it holds " + names
            : "holds " + hubs.size() + " hubs (" + names + "); name the one to adopt";
    return new HubChoice(Optional.empty(), Optional.of(new ReadProblem(file, "$", why)));
  }

  /** A chosen hub, or why none could be chosen. */
  public record HubChoice(Optional<ExportedResource> hub, Optional<ReadProblem> problem) {}
}
