package io.iotnetwork.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.OutputFolder;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.diff.BaselineKind;
import io.iotnetwork.generator.diff.ChangeBaseline;
import io.iotnetwork.generator.diff.GeneratedResources;
import io.iotnetwork.generator.plan.EgressUse;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real browser opens {@code report.html} of the trusted-egress sample from disk: the diagram's
 * nodes render with a size and their text inside them, the legend names the lines drawn, and the
 * posture table lists every egress path; a report against a baseline lists its changes, most serious
 * first, in the diagnostics' colours. The topology is saved as {@code topology.png} beside the
 * report (and of a crowded network), for a reviewer to look at. CI installs Debian's chromium;
 * elsewhere the test says it was skipped.
 */
class ReportBrowserTest {
  private static final String MEASURE = "JSON.stringify({"
      + "nodes: [...document.querySelectorAll('svg.topology g.node')].map(g => { const r = g.getBoundingClientRect();"
      + "  return {id: g.dataset.id, width: r.width, height: r.height}; }),"
      + "edges: [...document.querySelectorAll('svg.topology g.edge')].map(g => ({kind: g.dataset.kind,"
      + "  from: g.dataset.from, to: g.dataset.to, width: g.getBoundingClientRect().width})),"
      + "egressRows: [...document.querySelectorAll('table.egress-paths tr.egress-path')].map(tr => tr.innerText),"
      + "overflowingText: [...document.querySelectorAll('svg.topology g.node')].flatMap(g => {"
      + "  const box = g.querySelector('rect').getBBox();"
      + "  return [...g.querySelectorAll('text')].filter(t => { const b = t.getBBox();"
      + "    return b.x < box.x || b.x + b.width > box.x + box.width - 4; }).map(t => t.textContent); }),"
      + "legend: [...document.querySelectorAll('p.legend span.legend-entry')].map(span => ({kind: span.dataset.kind,"
      + "  width: span.getBoundingClientRect().width})),"
      + "changes: [...document.querySelectorAll('#changes table.changes tr.change')].map(tr => ({risk: tr.dataset.risk,"
      + "  text: tr.innerText, height: tr.getBoundingClientRect().height,"
      + "  background: getComputedStyle(tr.querySelector('td')).backgroundColor})),"
      + "topology: (() => { const r = document.getElementById('topology').getBoundingClientRect();"
      + "  return {x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height}; })()})";

  @Test
  void diagramRendersAndThePostureTableListsEveryEgressPath() throws Exception {
    IotNetworkSpec spec = Scenarios.spec("trusted-egress");
    List<EgressUse> paths = new ArrayList<>();
    spec.iotHubs().forEach(hub -> paths.addAll(EgressUse.of(hub)));

    JsonNode page = openAndMeasure("trusted-egress", Scenarios.files("trusted-egress"));

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
    assertThat(page.path("overflowingText")).as("box text wider than its box").isEmpty();
    assertThat(legend(page)).containsExactly("private-link", "dns", "egress");
    System.out.println("ReportBrowserTest: " + page.path("nodes").size() + " nodes rendered, " + rows.size()
        + " egress paths listed, legend " + legend(page) + ", by " + browser());
  }

  @Test
  void aCrowdedDiagramKeepsItsTextInsideItsBoxes() throws Exception {
    GenerationResult result = Generator.generate(Diagrams.crowded());

    JsonNode page = openAndMeasure("crowded", result.files().orElseThrow());

    assertThat(page.path("nodes")).hasSize(5 + 5 + 1 + 2 + 9 + 1);
    assertThat(page.path("overflowingText")).as("box text wider than its box").isEmpty();
    assertThat(legend(page)).containsExactly("private-link", "dns", "egress");
  }

  @Test
  void aChangesSectionListsEveryChangeMostSeriousFirstInTheDiagnosticsColours() throws Exception {
    IotNetworkSpec before = Fixtures.networkWith(Fixtures.privateHub("hub-test").withoutPublicNetworkAccess().build(),
        Fixtures.privateHub("hub-gone").build()).build();
    IotNetworkSpec after = Fixtures.networkWith(Fixtures.privateHub("hub-test")
        .withPublicNetworkAccess(PublicNetworkAccess.ENABLED).withComments("a <b> & c").build()).build();
    GenerationResult result = Generator.generate(after, new ChangeBaseline("release 1.0.0",
        GeneratedResources.of(Planner.plan(before)), BaselineKind.EARLIER_BUILD));

    JsonNode page = openAndMeasure("changes", result.files().orElseThrow());

    List<String> risks = new ArrayList<>();
    page.path("changes").forEach(row -> {
      assertThat(row.path("height").asDouble()).as(row.path("text").asText()).isPositive();
      risks.add(row.path("risk").asText());
    });
    assertThat(risks).containsExactly("opens-access", "opens-access", "opens-access", "destructive", "benign");
    assertThat(page.path("changes").get(0).path("background").asText()).isEqualTo("rgb(253, 236, 234)");
    assertThat(page.path("changes").get(3).path("background").asText()).isEqualTo("rgb(255, 244, 224)");
    assertThat(page.path("changes").get(4).path("text").asText()).contains("'a <b> & c'");
  }

  /**
   * Writes {@code files} to {@code target/browser/<name>/}, opens its {@code report.html}, saves the
   * topology section as {@code topology.png} there and returns the page's measurements.
   */
  private static JsonNode openAndMeasure(String name, GeneratedFiles files) throws Exception {
    Path folder = Path.of("target", "browser", name).toAbsolutePath();
    OutputFolder.replace(folder, files);
    Path screenshot = folder.resolve("topology.png");
    JsonNode page;
    try (HeadlessChromium chromium = HeadlessChromium.open(browser(), folder.resolve("report.html").toUri())) {
      chromium.awaitLoaded();
      page = new ObjectMapper().readTree(chromium.evaluate(MEASURE).asText());
      JsonNode topology = page.path("topology");
      chromium.screenshot(screenshot, topology.path("x").asDouble() - 8, topology.path("y").asDouble() - 8,
          topology.path("width").asDouble() + 16, topology.path("height").asDouble() + 16);
    }
    assertThat(screenshot).isNotEmptyFile();
    System.out.println("ReportBrowserTest: topology of " + name + " saved as " + screenshot);
    return page;
  }

  /** The browser; the test is skipped, saying so, when there is none. */
  private static Path browser() {
    Optional<Path> browser = HeadlessChromium.find();
    if (browser.isEmpty()) {
      System.out.println("SKIPPED ReportBrowserTest: no Chromium found (install Debian's chromium, or set CHROMIUM)");
    }
    Assumptions.assumeTrue(browser.isPresent(), "no Chromium: browser test skipped");
    return browser.get();
  }

  private static List<String> legend(JsonNode page) {
    List<String> kinds = new ArrayList<>();
    page.path("legend").forEach(entry -> {
      assertThat(entry.path("width").asDouble()).as(entry.path("kind").asText()).isPositive();
      kinds.add(entry.path("kind").asText());
    });
    return kinds;
  }
}
