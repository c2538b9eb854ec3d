package io.iotnetwork.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.plan.EgressUse;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real browser opens {@code report.html} of the trusted-egress sample from disk: the diagram's
 * nodes render with a size, and the posture table lists every egress path. CI installs Debian's
 * chromium; elsewhere the test says it was skipped.
 */
class ReportBrowserTest {
  private static final String MEASURE = "JSON.stringify({"
      + "nodes: [...document.querySelectorAll('svg.topology g.node')].map(g => { const r = g.getBoundingClientRect();"
      + "  return {id: g.dataset.id, width: r.width, height: r.height}; }),"
      + "edges: [...document.querySelectorAll('svg.topology g.edge')].map(g => ({kind: g.dataset.kind,"
      + "  from: g.dataset.from, to: g.dataset.to, width: g.getBoundingClientRect().width})),"
      + "egressRows: [...document.querySelectorAll('table.egress-paths tr.egress-path')].map(tr => tr.innerText)})";

  @Test
  void diagramRendersAndThePostureTableListsEveryEgressPath() throws Exception {
    Optional<Path> browser = HeadlessChromium.find();
    if (browser.isEmpty()) {
      System.out.println("SKIPPED ReportBrowserTest: no Chromium found (install Debian's chromium, or set CHROMIUM)");
    }
    Assumptions.assumeTrue(browser.isPresent(), "no Chromium: browser test skipped");
    Path folder = Path.of("target", "browser", "trusted-egress").toAbsolutePath();
    OutputFolder.replace(folder, Scenarios.files("trusted-egress"));
    IotNetworkSpec spec = Scenarios.spec("trusted-egress");
    List<EgressUse> paths = new ArrayList<>();
    spec.iotHubs().forEach(hub -> paths.addAll(EgressUse.of(hub)));

    JsonNode page;
    try (HeadlessChromium chromium = HeadlessChromium.open(browser.get(), folder.resolve("report.html").toUri())) {
      chromium.awaitLoaded();
      page = new ObjectMapper().readTree(chromium.evaluate(MEASURE).asText());
    }

    assertThat(page.path("nodes")).hasSizeGreaterThanOrEqualTo(1 + 1 + 1 + 2 + 1 + 3).allSatisfy(node -> {
      assertThat(node.path("width").asDouble()).as(node.path("id").asText()).isPositive();
      assertThat(node.path("height").asDouble()).as(node.path("id").asText()).isPositive();
    });
    List<String> renderedEgress = new ArrayList<>();
    page.path("edges").forEach(edge -> {
      if (edge.path("kind").asText().equals("egress")) {
        assertThat(edge.path("width").asDouble()).isPositive();
        renderedEgress.add(edge.path("to").asText());
      }
    });
    assertThat(renderedEgress).hasSize(paths.size());
    List<String> rows = new ArrayList<>();
    page.path("egressRows").forEach(row -> rows.add(row.asText()));
    assertThat(rows).hasSize(paths.size());
    for (EgressUse use : paths) {
      assertThat(rows).anySatisfy(row -> assertThat(row).contains(use.target().name(), use.entityName()));
    }
    System.out.println("ReportBrowserTest: " + page.path("nodes").size() + " nodes rendered, " + rows.size()
        + " egress paths listed, by " + browser.get());
  }
}
