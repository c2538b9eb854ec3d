package io.iotnetwork.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagram's geometry, read back from the SVG: where the DNS lines run, where box text breaks,
 * and that the legend names exactly the kinds of line drawn.
 */
class TopologyDrawingTest {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern STROKE_WIDTH = Pattern.compile("stroke-width:([\\d.]+)");
  /** The arrow marker's size in stroke widths ({@code markerWidth} and {@code markerHeight}). */
  private static final double MARKER = 7;

  /** A box: a node's rectangle, or the bounds of an arrowhead. */
  private record Rect(double x, double y, double width, double height) {
    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }
  }

  static Stream<Arguments> diagrams() {
    return Stream.concat(Scenarios.names().map(name -> Arguments.of(name, Scenarios.spec(name))),
        Stream.of(Arguments.of("crowded", Diagrams.crowded()), Arguments.of("fleet of 120", PlantFleetNetwork.fleet(120))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void dnsLinesLeaveTheEndpointOnTheSideFacingTheZonesAndCrossNoArrowheadAndNoBox(String name, IotNetworkSpec spec)
      throws Exception {
    Document svg = Diagrams.svgOf(Diagrams.html(spec));
    Map<String, Rect> boxes = boxes(svg);
    List<Element> edges = Diagrams.groups(svg, "edge");
    List<Element> dnsLines = edges.stream().filter(edge -> edge.getAttribute("data-kind").equals("dns")).toList();

    assertThat(dnsLines).as("DNS lines").isNotEmpty();
    for (Element line : dnsLines) {
      Rect endpoint = boxes.get(line.getAttribute("data-from"));
      Rect zone = boxes.get(line.getAttribute("data-to"));
      String d = Diagrams.child(line, "path").getAttribute("d");
      List<double[]> points = points(d);
      double[] start = points.get(0);
      double[] end = points.get(points.size() - 1);
      String which = line.getAttribute("data-from") + " -> " + line.getAttribute("data-to") + " (" + d + ")";

      assertThat(d).as(which).matches("M \\d+ \\d+( L \\d+ \\d+)+");
      assertThat(zone.y()).as("%s: the zone is below the endpoint", which).isGreaterThan(endpoint.bottom());
      assertThat(start[1]).as("%s leaves the endpoint's bottom edge", which).isEqualTo(endpoint.bottom());
      assertThat(start[0]).as(which).isStrictlyBetween(endpoint.x(), endpoint.right());
      assertThat(end[0]).as("%s arrives at the zone's edge", which).isEqualTo(zone.right());
      assertThat(end[1]).as(which).isStrictlyBetween(zone.y(), zone.bottom());
      for (int i = 1; i < points.size(); i++) {
        Rect segment = bounds(List.of(points.get(i - 1), points.get(i)));
        assertThat(segment.width() == 0 || segment.height() == 0).as("%s runs straight", which).isTrue();
        for (Element other : edges) {
          if (other != line) {
            Rect arrowhead = arrowhead(other);
            assertThat(touches(segment, arrowhead)).as("%s crosses the arrowhead of %s -> %s", which,
                other.getAttribute("data-from"), other.getAttribute("data-to")).isFalse();
          }
        }
        boxes.forEach((id, box) -> assertThat(entersInterior(segment, box)).as("%s crosses box %s", which, id)
            .isFalse());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void boxTextBreaksAtSpacesOrAtTheStrongestSeparatorOfANameLongerThanALine(String name, IotNetworkSpec spec)
      throws Exception {
    for (Element node : Diagrams.groups(Diagrams.svgOf(Diagrams.html(spec)), "node")) {
      String full = Diagrams.child(node, "title").getTextContent();
      NodeList texts = node.getElementsByTagName("text");
      int at = 0;
      for (int i = 0; i < texts.getLength(); i++) {
        Element text = (Element) texts.item(i);
        String line = text.getTextContent();
        boolean title = text.getAttribute("font-weight").equals("bold");
        assertThat(full.startsWith(line, at)).as("line '%s' of '%s'", line, full).isTrue();
        at += line.length();
        if (i + 1 == texts.getLength()) {
          continue;
        }
        boolean nextIsTitle = ((Element) texts.item(i + 1)).getAttribute("font-weight").equals("bold");
        if (title && !nextIsTitle || full.startsWith("; ", at)) {
          at += 2;
        } else if (full.charAt(at) == ' ') {
          at++;
        } else {
          int width = title ? TopologyLayout.TITLE_CHARACTERS : TopologyLayout.DETAIL_CHARACTERS;
          assertThat(breakable(full, at, width)).as("'%s' breaks '%s' inside a part that fits a line of %d", full,
              line, width).isTrue();
        }
      }
    }
  }

  @Test
  void aSubnetBreaksBetweenTheNetworkAndTheSubnetName() throws Exception {
    Element subnet = Diagrams.groups(Diagrams.svgOf(Diagrams.html(Scenarios.spec("trusted-egress"))), "node").stream()
        .filter(node -> node.getAttribute("data-kind").equals("subnet")).findFirst().orElseThrow();
    List<String> lines = new ArrayList<>();
    NodeList texts = subnet.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      lines.add(texts.item(i).getTextContent());
    }

    assertThat(lines).containsExactly("Subnet vnet-contoso-iot/", "snet-private-endpoints", "existing");
  }

  @Test
  void wrapBreaksNamesAtTheirStrongestSeparatorAndCutsOnlyARunLongerThanALine() {
    assertThat(TopologyLayout.wrap("DNS privatelink.servicebus.windows.net", 30))
        .containsExactly("DNS privatelink.servicebus.", "windows.net");
    assertThat(TopologyLayout.wrap("Private endpoint pe-contoso-egress-hub", 30))
        .containsExactly("Private endpoint", "pe-contoso-egress-hub");
    assertThat(TopologyLayout.wrap("Subnet vnet-contoso-production-weu-01/snet-iot", 30))
        .containsExactly("Subnet vnet-contoso-", "production-weu-01/snet-iot");
    assertThat(TopologyLayout.wrap("Storage account stcontosotelemetryarchive0001", 30))
        .containsExactly("Storage account", "stcontosotelemetryarchive0001");
    assertThat(TopologyLayout.wrap("Storage account stcontosotelemetryarchiveweu0001", 30))
        .containsExactly("Storage account", "stcontosotelemetryarchiveweu00", "01");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void legendListsExactlyTheKindsOfLineDrawnWithTheirStroke(String name, IotNetworkSpec spec) throws Exception {
    String html = Diagrams.html(spec);
    List<Element> edges = Diagrams.groups(Diagrams.svgOf(html), "edge");
    Map<String, String> drawn = new HashMap<>();
    edges.forEach(edge -> drawn.put(edge.getAttribute("data-kind"), Diagrams.child(edge, "path").getAttribute("style")));
    String legend = html.substring(html.indexOf("<p class=\"legend\">"), html.indexOf("</p>",
        html.indexOf("<p class=\"legend\">")));
    Map<String, String> listed = new HashMap<>();
    Matcher entry = Pattern.compile("data-kind=\"([a-z-]+)\"><svg[^>]*><line [^>]*style=\"([^\"]+)\"").matcher(legend);
    while (entry.find()) {
      listed.put(entry.group(1), entry.group(2));
    }
    boolean closed = PostureAnalyzer.analyze(spec, Generator.generate(spec).diagnostics()).hubs().stream()
        .anyMatch(hub -> hub.publicEndpoint().state() == PublicEndpoint.State.CLOSED);

    assertThat(new TreeSet<>(listed.keySet())).isEqualTo(new TreeSet<>(drawn.keySet()));
    assertThat(listed).isEqualTo(drawn);
    assertThat(legend.contains("public endpoint closed")).isEqualTo(closed);
  }

  /**
   * True when breaking {@code full} before index {@code at}, inside a word, follows the wrapping rule:
   * the part being split, bounded by the word's stronger separators, is longer than {@code width}.
   */
  private static boolean breakable(String full, int at, int width) {
    int wordStart = full.lastIndexOf(' ', at - 1) + 1;
    int wordEnd = full.indexOf(' ', at) < 0 ? full.length() : full.indexOf(' ', at);
    int strength = strength(full.charAt(at - 1));
    int partStart = wordStart;
    for (int i = wordStart; i < at - 1; i++) {
      if (strength(full.charAt(i)) < strength) {
        partStart = i + 1;
      }
    }
    int partEnd = wordEnd;
    for (int i = at; i < wordEnd; i++) {
      if (strength(full.charAt(i)) < strength) {
        partEnd = i + 1;
        break;
      }
    }
    return partEnd - partStart > width;
  }

  /** 0 for '/', 1 for '.', 2 for '-', 3 for any other character. */
  private static int strength(char c) {
    int separator = "/.-".indexOf(c);
    return separator < 0 ? 3 : separator;
  }

  private static Map<String, Rect> boxes(Document svg) {
    Map<String, Rect> boxes = new HashMap<>();
    for (Element node : Diagrams.groups(svg, "node")) {
      Element rect = Diagrams.child(node, "rect");
      boxes.put(node.getAttribute("data-id"), new Rect(Double.parseDouble(rect.getAttribute("x")),
          Double.parseDouble(rect.getAttribute("y")), Double.parseDouble(rect.getAttribute("width")),
          Double.parseDouble(rect.getAttribute("height"))));
    }
    return boxes;
  }

  /** The bounds of the arrow marker at the end of {@code edge}'s path, pointing from its last control point. */
  private static Rect arrowhead(Element edge) {
    Element path = Diagrams.child(edge, "path");
    List<double[]> points = points(path.getAttribute("d"));
    double[] tip = points.get(points.size() - 1);
    double[] before = points.get(points.size() - 2);
    Matcher width = STROKE_WIDTH.matcher(path.getAttribute("style"));
    double size = MARKER * (width.find() ? Double.parseDouble(width.group(1)) : 1);
    double length = Math.hypot(tip[0] - before[0], tip[1] - before[1]);
    double dx = (tip[0] - before[0]) / length;
    double dy = (tip[1] - before[1]) / length;
    double[] base = {tip[0] - size * dx, tip[1] - size * dy};
    return bounds(List.of(tip, new double[] {base[0] - size / 2 * dy, base[1] + size / 2 * dx},
        new double[] {base[0] + size / 2 * dy, base[1] - size / 2 * dx}));
  }

  private static List<double[]> points(String d) {
    List<Double> numbers = new ArrayList<>();
    Matcher number = NUMBER.matcher(d);
    while (number.find()) {
      numbers.add(Double.parseDouble(number.group()));
    }
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i + 1 < numbers.size(); i += 2) {
      points.add(new double[] {numbers.get(i), numbers.get(i + 1)});
    }
    return points;
  }

  private static Rect bounds(List<double[]> points) {
    double minX = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
    double minY = points.stream().mapToDouble(p -> p[1]).min().orElseThrow();
    double maxX = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
    double maxY = points.stream().mapToDouble(p -> p[1]).max().orElseThrow();
    return new Rect(minX, minY, maxX - minX, maxY - minY);
  }

  /** True when the straight segment {@code segment} (its bounds) meets {@code area}, edges included. */
  private static boolean touches(Rect segment, Rect area) {
    return segment.x() <= area.right() && area.x() <= segment.right() && segment.y() <= area.bottom()
        && area.y() <= segment.bottom();
  }

  /** True when the straight segment {@code segment} (its bounds) passes inside {@code box}, edges excluded. */
  private static boolean entersInterior(Rect segment, Rect box) {
    return segment.x() < box.right() && box.x() < segment.right() && segment.y() < box.bottom()
        && box.y() < segment.bottom();
  }
}
