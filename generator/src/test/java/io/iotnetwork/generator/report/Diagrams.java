package io.iotnetwork.generator.report;

import com.azure.core.management.Region;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.IotNetworkStages;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The diagram of a generated {@code report.html}, parsed, and the definitions that crowd it. */
final class Diagrams {
  private Diagrams() {}

  /** Five private hubs, the first with five storage targets. */
  static IotNetworkSpec crowded() {
    IotNetworkStages.WithOptions network = IotNetwork.define("crowded").inRegion(Region.EUROPE_WEST);
    for (int h = 0; h < 5; h++) {
      IotHubStages.WithOptions hub = Fixtures.privateHub("hub-" + h).withSystemAssignedIdentity();
      for (int t = 0; t < (h == 0 ? 5 : 1); t++) {
        StorageAccountSpec storage = StorageAccount.define("sthub" + h + "target" + t).build();
        hub.defineRoutingEndpoint("archive-" + t).toStorageContainer(storage, "data").attach();
      }
      network.withIotHub(hub.build());
    }
    return network.build();
  }

  /** The {@code report.html} generated from {@code spec}; fails when it has errors. */
  static String html(IotNetworkSpec spec) {
    GenerationResult result = Generator.generate(spec);
    return result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()))
        .text(GeneratedFiles.REPORT_HTML);
  }

  /** The topology {@code <svg>} of {@code html}, parsed. */
  static Document svgOf(String html) throws Exception {
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  /** The {@code <g>} elements whose class starts with {@code classPrefix} and a space: {@code node}, {@code edge}. */
  static List<Element> groups(Document svg, String classPrefix) {
    List<Element> found = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("class").startsWith(classPrefix + " ")) {
        found.add(group);
      }
    }
    return found;
  }

  /** The first child element of {@code parent} named {@code tag}. */
  static Element child(Element parent, String tag) {
    return (Element) parent.getElementsByTagName(tag).item(0);
  }
}
