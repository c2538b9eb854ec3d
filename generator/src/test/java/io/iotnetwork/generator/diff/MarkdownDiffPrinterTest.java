package io.iotnetwork.generator.diff;

import static io.iotnetwork.generator.diff.Edits.array;
import static io.iotnetwork.generator.diff.Edits.edit;
import static io.iotnetwork.generator.diff.Edits.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.arm.read.ExportedResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The closing note's figure: trusted-egress against a copy with public access enabled, a route removed and the partition count changed. */
class MarkdownDiffPrinterTest {
  private static final String HUB = "Microsoft.Devices/IotHubs";

  @Test
  void closingNoteFigure() throws IOException {
    List<ExportedResource> base = Deployments.of(Scenarios.spec("trusted-egress"));
    List<ExportedResource> proposed = edit(base, HUB, body -> {
      object(body, "/properties").put("publicNetworkAccess", "Enabled");
      array(body, "/properties/routing/routes").remove(0);
      object(body, "/properties/eventHubEndpoints/events").put("partitionCount", 8);
    });

    String markdown = MarkdownDiffPrinter.print("trusted-egress", "the trusted-egress deployment",
        ChangeClassifier.classify(ResourceDiff.compare(base, proposed)));
    Path figure = Path.of("target", "diff-closing-note", "diff.md");
    Files.createDirectories(figure.getParent());
    Files.writeString(figure, markdown);

    assertThat(markdown).contains("| immutable | 1 |", "| opens-access | 1 |", "| destructive | 1 |",
        "`create-only-property`", "`public-network-access-enabled`", "`hub-state-removed`");
    assertThat(markdown.indexOf("### immutable")).isLessThan(markdown.indexOf("### opens-access"));
    assertThat(markdown.indexOf("### opens-access")).isLessThan(markdown.indexOf("### destructive"));
  }
}
