package io.iotnetwork.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.plan.EgressUse;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The review reports: a well-formed diagram holding every element, self-contained HTML, Markdown. */
class ReportTest {

  static List<String> scenarios() {
    return Scenarios.names().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void diagramIsWellFormedAndHasANodeForEveryElementAndAnEdgeForEveryEgressPath(String scenario) throws Exception {
    IotNetworkSpec spec = Scenarios.spec(scenario);
    Document svg = svgOf(Scenarios.files(scenario).text(GeneratedFiles.REPORT_HTML));
    List<String> nodes = attributes(svg, "node", "data-id");

    for (IotHubSpec hub : spec.iotHubs()) {
      assertThat(nodes).contains("hub:" + hub.name());
      hub.privateEndpoints().stream().map(PrivateEndpointSpec::name).forEach(pe -> assertThat(nodes).contains("pe:" + pe));
      List<String> egress = edges(svg, "egress", "hub:" + hub.name());
      assertThat(egress).hasSize(EgressUse.of(hub).size());
      EgressUse.of(hub).forEach(use -> assertThat(egress).contains("target:" + EgressSpec.key(use.target())));
    }
    if (spec.iotHubs().stream().anyMatch(hub -> !hub.privateEndpoints().isEmpty())) {
      assertThat(nodes).contains("zone:privatelink.azure-devices.net", "zone:privatelink.servicebus.windows.net");
    }
    spec.egressTargets().forEach(target -> assertThat(nodes).contains("target:" + EgressSpec.key(target)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void htmlIsSelfContainedAndListsEveryEgressPath(String scenario) {
    String html = Scenarios.files(scenario).text(GeneratedFiles.REPORT_HTML);
    int paths = Scenarios.spec(scenario).iotHubs().stream().mapToInt(hub -> EgressUse.of(hub).size()).sum();

    assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "src=", "href=")
        .doesNotContainPattern("url\\((?!#)");
    assertThat(html.split("class=\"egress-path\"", -1)).hasSize(paths + 1);
    assertThat(html).contains("id=\"scanners\"");
    if (Scenarios.spec(scenario).iotHubs().stream().anyMatch(hub -> !hub.isExisting())) {
      assertThat(html).contains("Azure.IoTHub.MinTLS", "0d40b058-9f95-4a19-93e3-9b0330baa2a3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void summaryCountsEachScannerResultKindOfTheTableInBothReports(String scenario) {
    String html = Scenarios.files(scenario).text(GeneratedFiles.REPORT_HTML);
    String markdown = Scenarios.files(scenario).text(GeneratedFiles.REPORT_MARKDOWN);
    String htmlSummary = html.substring(html.indexOf("<p class=\"summary\">"), html.indexOf("</p>", html.indexOf(
        "<p class=\"summary\">")));
    String markdownSummary = markdown.lines().filter(line -> line.contains("scanner preview: ")).findFirst().orElseThrow();
    String markdownTable = markdown.substring(markdown.indexOf("## Scanner preview"));

    assertThat(htmlSummary).endsWith("scanner preview: " + count(html, "<td class=\"PASS\">") + " passed, "
        + count(html, "<td class=\"FAIL\">") + " failed, " + count(html, "<td class=\"NOT_APPLICABLE\">")
        + " not applicable, " + count(html, "<td class=\"NOT_EVALUATED\">") + " not evaluated");
    assertThat(markdownSummary).endsWith("scanner preview: " + count(markdownTable, "| PASS |") + " passed, "
        + count(markdownTable, "| FAIL |") + " failed, " + count(markdownTable, "| NOT APPLICABLE |")
        + " not applicable, " + count(markdownTable, "| NOT EVALUATED |") + " not evaluated");
  }

  @Test
  void summaryOfTheIsolatedHubNamesItsNotApplicableAndNotEvaluatedRules() {
    GeneratedFiles files = Scenarios.files("isolated-hub");

    assertThat(files.text(GeneratedFiles.REPORT_HTML))
        .contains("scanner preview: 2 passed, 0 failed, 1 not applicable, 1 not evaluated</p>");
    assertThat(files.text(GeneratedFiles.REPORT_MARKDOWN))
        .contains("scanner preview: 2 passed, 0 failed, 1 not applicable, 1 not evaluated\n");
  }

  @Test
  void markdownHasTheSamePostureWithAMermaidFlowchart() {
    String markdown = Scenarios.files("trusted-egress").text(GeneratedFiles.REPORT_MARKDOWN);

    assertThat(markdown).contains("```mermaid\nflowchart LR\n", "### IoT hub `contoso-egress-hub`",
        "| routing endpoint 'twin-changes' | Event Hubs namespace 'evhns-contoso-twins' (existing) | twin-changes |",
        "| Public endpoint | closed: public network access disabled |");
  }

  @Test
  void aLargeFleetIsDrawnOneBoxPerFleetAndRegionWithCounts() throws Exception {
    GenerationResult result = Generator.generate(PlantFleetNetwork.fleet(120));
    Document svg = svgOf(result.files().orElseThrow().text(GeneratedFiles.REPORT_HTML));
    List<String> nodes = attributes(svg, "node", "data-id");

    assertThat(nodes).filteredOn(id -> id.startsWith("hubs:")).containsExactly("hubs:plants in westeurope",
        "hubs:plants in northeurope", "hubs:plants in eastus", "hubs:plants in southeastasia");
    assertThat(nodes).filteredOn(id -> id.startsWith("hub:")).isEmpty();
    assertThat(nodes).filteredOn(id -> id.startsWith("pes:")).hasSize(4);
    assertThat(edges(svg, "egress", "hubs:plants in westeurope")).containsExactly("target:StorageAccountSpec/stcontosoweutelemetry");
    String html = result.files().orElseThrow().text(GeneratedFiles.REPORT_HTML);
    assertThat(html).contains("IoT hubs of fleet plants in westeurope (30)",
        "iot-contoso-plant-001-weu ... iot-contoso-plant-030-weu", "trusted services (x30)");
    assertThat(html.split("class=\"egress-path\"", -1)).hasSize(120 + 1);
  }

  @Test
  void aLargeFleetsPostureSummaryHasOneLinePerDistinctPosture() {
    IotNetworkSpec spec = PlantFleetNetwork.fleet(120);
    Posture posture = PostureAnalyzer.analyze(spec, Generator.generate(spec).diagnostics());

    assertThat(posture.summaryLines()).containsExactly("120 hubs ('iot-contoso-plant-001-weu' ... "
        + "'iot-contoso-plant-030-sea'): public endpoint closed: public network access disabled; 1 private endpoint(s); "
        + "DNS covers both zones; TLS 1.2; hub-level keys disabled; egress: 1 path(s), two steps: hub with identity, "
        + "role assignments and firewalls, complete hub again");
  }

  @Test
  void fiveHubsAndOneHubWithFiveTargetsLayOutWithoutOverlappingBoxes() throws Exception {
    Document svg = svgOf(Diagrams.html(Diagrams.crowded()));

    List<int[]> boxes = new ArrayList<>();
    NodeList rects = svg.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (((Element) rect.getParentNode()).getAttribute("class").startsWith("node")) {
        boxes.add(new int[] {Integer.parseInt(rect.getAttribute("x")), Integer.parseInt(rect.getAttribute("y")),
            Integer.parseInt(rect.getAttribute("width")), Integer.parseInt(rect.getAttribute("height"))});
      }
    }
    assertThat(boxes).hasSize(5 + 5 + 1 + 2 + 9 + 1);
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        int[] a = boxes.get(i);
        int[] b = boxes.get(j);
        boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
        assertThat(apart).as("boxes %d and %d overlap", i, j).isTrue();
      }
    }
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static Document svgOf(String html) throws Exception {
    return Diagrams.svgOf(html);
  }

  private static List<String> attributes(Document svg, String classPrefix, String attribute) {
    return Diagrams.groups(svg, classPrefix).stream().map(group -> group.getAttribute(attribute)).toList();
  }

  private static List<String> edges(Document svg, String kind, String from) {
    return Diagrams.groups(svg, "edge").stream().filter(group -> group.getAttribute("data-kind").equals(kind)
        && group.getAttribute("data-from").equals(from)).map(group -> group.getAttribute("data-to")).toList();
  }
}
