package io.iotnetwork.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.IotNetworkStages;
import io.iotnetwork.dsl.StorageAccount;
import com.contoso.iot.PlantFleetNetwork;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.plan.EgressUse;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

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
    IotNetworkStages.WithOptions network = IotNetwork.define("crowded").inRegion(Region.EUROPE_WEST);
    for (int h = 0; h < 5; h++) {
      IotHubStages.WithOptions hub = Fixtures.privateHub("hub-" + h).withSystemAssignedIdentity();
      for (int t = 0; t < (h == 0 ? 5 : 1); t++) {
        StorageAccountSpec storage = StorageAccount.define("sthub" + h + "target" + t).build();
        hub.defineRoutingEndpoint("archive-" + t).toStorageContainer(storage, "data").attach();
      }
      network.withIotHub(hub.build());
    }
    GenerationResult result = Generator.generate(network.build());
    Document svg = svgOf(result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()))
        .text(GeneratedFiles.REPORT_HTML));

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

  private static Document svgOf(String html) throws Exception {
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<String> attributes(Document svg, String classPrefix, String attribute) {
    List<String> values = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("class").startsWith(classPrefix + " ")) {
        values.add(group.getAttribute(attribute));
      }
    }
    return values;
  }

  private static List<String> edges(Document svg, String kind, String from) {
    List<String> targets = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("class").startsWith("edge ") && group.getAttribute("data-kind").equals(kind)
          && group.getAttribute("data-from").equals(from)) {
        targets.add(group.getAttribute("data-to"));
      }
    }
    return targets;
  }
}
