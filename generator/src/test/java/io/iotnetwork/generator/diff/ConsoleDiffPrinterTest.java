package io.iotnetwork.generator.diff;

import static io.iotnetwork.generator.diff.Edits.edit;
import static io.iotnetwork.generator.diff.Edits.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleDiffPrinterTest {
  private static final String HUB = "Microsoft.Devices/IotHubs";
  private static final List<ExportedResource> BASE = Deployments.of(Scenarios.spec("trusted-egress"));

  @Test
  void groupsChangesByClassMostSeriousFirst() {
    List<ExportedResource> proposed = edit(BASE, HUB, body -> {
      object(body, "/properties").put("publicNetworkAccess", "Enabled");
      object(body, "/properties/eventHubEndpoints/events").put("partitionCount", 8);
    });

    List<String> lines = ConsoleDiffPrinter.lines("trusted-egress", ChangeClassifier.classify(ResourceDiff.compare(BASE, proposed)));

    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("trusted-egress: 2 changes");
    assertThat(lines.get(1)).isEqualTo("  immutable (1)");
    assertThat(lines.get(2)).startsWith("    create-only-property: ").contains("partitionCount");
    assertThat(lines.get(3)).isEqualTo("  opens-access (1)");
    assertThat(lines.get(4)).startsWith("    public-network-access-enabled: ");
  }

  @Test
  void saysSoWhenNothingChanges() {
    assertThat(ConsoleDiffPrinter.lines("trusted-egress", ChangeClassifier.classify(ResourceDiff.compare(BASE, BASE))))
        .containsExactly("trusted-egress: no changes");
  }
}
