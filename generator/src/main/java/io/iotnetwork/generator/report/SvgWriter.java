package io.iotnetwork.generator.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link Topology} as inline SVG, laid out by {@link TopologyLayout}. Every node is a
 * {@code <g class="node">} and every edge a {@code <g class="edge">} with {@code data-} attributes,
 * so tests and reviewers' tools can find them; no script, no external resource. Public-endpoint
 * lines run through a corridor above the nodes; egress labels sit just before their target.
 */
public final class SvgWriter {
  private static final Map<Topology.NodeKind, String> FILL = Map.of(
      Topology.NodeKind.DEVICES, "#eef2f7", Topology.NodeKind.INTERNET, "#fdecea", Topology.NodeKind.GATEWAY, "#eef2f7",
      Topology.NodeKind.SUBNET, "#e8f1fb", Topology.NodeKind.PRIVATE_ENDPOINT, "#dcebfa",
      Topology.NodeKind.DNS_ZONE, "#e3f5f1", Topology.NodeKind.HUB, "#ffffff", Topology.NodeKind.TARGET, "#f3ecfa");
  private static final Map<Topology.EdgeKind, String> STROKE = Map.of(
      Topology.EdgeKind.DEVICE_PATH, "stroke:#5b6675", Topology.EdgeKind.PUBLIC_OPEN, "stroke:#c62828;stroke-width:2.5",
      Topology.EdgeKind.PUBLIC_FILTERED, "stroke:#e08a00;stroke-width:2;stroke-dasharray:8 4",
      Topology.EdgeKind.PRIVATE_LINK, "stroke:#1f6fd1;stroke-width:2", Topology.EdgeKind.DNS,
      "stroke:#12806b;stroke-dasharray:5 4", Topology.EdgeKind.EGRESS, "stroke:#7b3fb5;stroke-width:1.8");
  private static final double LABEL_CHARACTER_WIDTH = 5.2;
  /** DNS lines run down lanes this far right of the private endpoints' column, and this far apart. */
  private static final int DNS_LANE_START = 14;
  private static final int DNS_LANE_PITCH = 8;
  private static final int DNS_LANE_SPAN = 40;

  private SvgWriter() {}

  /** The diagram as an {@code <svg>} element. */
  public static String write(Topology topology) {
    TopologyLayout layout = new TopologyLayout(topology);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topology\" role=\"img\" viewBox=\"0 0 ")
        .append(layout.width()).append(' ').append(layout.height()).append("\" width=\"").append(layout.width())
        .append("\" height=\"").append(layout.height()).append("\" font-family=\"sans-serif\">\n")
        .append("<title>Network topology</title>\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
        .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#5b6675\"/>")
        .append("</marker></defs>\n");
    Map<String, Integer> departures = new HashMap<>();
    Map<String, Integer> arrivals = new HashMap<>();
    Map<String, Integer> arrivalCounts = new HashMap<>();
    topology.edges().forEach(edge -> arrivalCounts.merge(edge.to(), 1, Integer::sum));
    Map<String, Integer> dnsLanes = dnsLanes(topology);
    int corridors = 0;
    StringBuilder labels = new StringBuilder();
    for (Topology.Edge edge : topology.edges()) {
      TopologyLayout.Box from = layout.box(edge.from());
      TopologyLayout.Box to = layout.box(edge.to());
      int in = arrivals.merge(edge.to(), 1, Integer::sum) - 1;
      int y2 = to.centerY() + (2 * in - arrivalCounts.get(edge.to()) + 1) * TopologyLayout.ARRIVAL_PITCH / 2;
      String path;
      if (edge.kind() == Topology.EdgeKind.DNS) {
        path = dnsPath(from, to, dnsLanes.get(edge.from()), y2);
      } else {
        int out = departures.merge(edge.from(), 1, Integer::sum) - 1;
        int x1 = from.x() + from.width();
        int y1 = from.y() + Math.min(from.height() - 6, 10 + 8 * out);
        int x2 = to.x();
        if (isPublic(edge)) {
          int corridorY = TopologyLayout.MARGIN / 2 + 6 * corridors++;
          path = String.format(Locale.ROOT, "M %d %d L %d %d L %d %d L %d %d L %d %d L %d %d", x1, y1, x1 + 16, y1,
              x1 + 16, corridorY, x2 - 24, corridorY, x2 - 24, y2, x2, y2);
          label(labels, edge.label(), x2 - 30, Math.min(y2 - 4, corridorY + 14 + 12 * (corridors - 1)), "end");
        } else {
          int bend = (x2 - x1) / 2;
          path = String.format(Locale.ROOT, "M %d %d C %d %d, %d %d, %d %d", x1, y1, x1 + bend, y1, x2 - bend, y2, x2,
              y2);
          if (edge.kind() == Topology.EdgeKind.EGRESS) {
            label(labels, edge.label(), x2 - 8, y2 - 3, "end");
          } else if (edge.kind() == Topology.EdgeKind.DEVICE_PATH) {
            label(labels, edge.label(), (x1 + x2) / 2, (y1 + y2) / 2 - 4, "middle");
          }
        }
      }
      svg.append("<g class=\"edge edge-").append(css(edge.kind())).append("\" data-kind=\"").append(css(edge.kind()))
          .append("\" data-from=\"").append(Xml.escape(edge.from())).append("\" data-to=\"")
          .append(Xml.escape(edge.to())).append("\">\n<title>").append(Xml.escape(edge.label())).append("</title>\n")
          .append("<path d=\"").append(path).append("\" fill=\"none\" style=\"").append(STROKE.get(edge.kind()))
          .append("\" marker-end=\"url(#arrow)\"/>\n</g>\n");
    }
    layout.boxes().forEach(box -> node(svg, box));
    svg.append(labels).append("</svg>\n");
    return svg.toString();
  }

  /**
   * The lane of each private endpoint's DNS lines, counted from the column's right edge: the topmost
   * endpoint takes the outermost lane, so an endpoint's way into its lane crosses no lane above it.
   */
  private static Map<String, Integer> dnsLanes(Topology topology) {
    List<String> sources = topology.edges().stream().filter(edge -> edge.kind() == Topology.EdgeKind.DNS)
        .map(Topology.Edge::from).distinct().toList();
    int pitch = Math.max(2, Math.min(DNS_LANE_PITCH, DNS_LANE_SPAN / Math.max(1, sources.size())));
    Map<String, Integer> lanes = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      lanes.put(sources.get(i), DNS_LANE_START + pitch * (sources.size() - 1 - i));
    }
    return lanes;
  }

  /**
   * A DNS line: down from the private endpoint's bottom edge (the zones are drawn below it), right
   * into its lane beside the column, down to the zone and into the zone's right edge. It keeps clear
   * of the column's left side, where the subnet lines arrive.
   */
  private static String dnsPath(TopologyLayout.Box endpoint, TopologyLayout.Box zone, int lane, int y2) {
    int x1 = endpoint.x() + endpoint.width() - 16;
    int y1 = endpoint.y() + endpoint.height();
    int laneX = endpoint.x() + endpoint.width() + lane;
    int turnY = y1 + TopologyLayout.ROW_GAP / 2;
    return String.format(Locale.ROOT, "M %d %d L %d %d L %d %d L %d %d L %d %d", x1, y1, x1, turnY, laneX, turnY,
        laneX, y2, zone.x() + zone.width(), y2);
  }

  private static boolean isPublic(Topology.Edge edge) {
    return edge.kind() == Topology.EdgeKind.PUBLIC_OPEN || edge.kind() == Topology.EdgeKind.PUBLIC_FILTERED;
  }

  private static void node(StringBuilder svg, TopologyLayout.Box box) {
    Topology.Node node = box.node();
    boolean hub = node.kind() == Topology.NodeKind.HUB;
    svg.append("<g class=\"node node-").append(css(node.kind())).append("\" data-kind=\"").append(css(node.kind()))
        .append("\" data-id=\"").append(Xml.escape(node.id())).append("\">\n")
        .append("<title>").append(Xml.escape(node.title() + (node.details().isEmpty() ? "" : ": "
            + String.join("; ", node.details())))).append("</title>\n")
        .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"8\" fill=\"%s\" "
            + "stroke=\"%s\" stroke-width=\"%s\"/>%n", box.x(), box.y(), box.width(), box.height(), FILL.get(node.kind()),
            hub ? "#1f6fd1" : "#8a96a3", hub ? "2.5" : "1"));
    int y = box.y() + TopologyLayout.PADDING + 13;
    for (String line : box.titleLines()) {
      svg.append(text(box.x() + 10, y, "13", "bold", line));
      y += TopologyLayout.TITLE_LINE;
    }
    for (String line : box.detailLines()) {
      svg.append(text(box.x() + 10, y - 2, "11", "normal", line));
      y += TopologyLayout.DETAIL_LINE;
    }
    svg.append("</g>\n");
  }

  private static void label(StringBuilder labels, String text, int x, int y, String anchor) {
    if (text.isEmpty()) {
      return;
    }
    int width = (int) Math.ceil(text.length() * LABEL_CHARACTER_WIDTH) + 4;
    int left = switch (anchor) {
      case "end" -> x - width + 2;
      case "middle" -> x - width / 2;
      default -> x - 2;
    };
    labels.append(String.format(Locale.ROOT, "<rect class=\"label-back\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"13\" "
        + "fill=\"#ffffff\" fill-opacity=\"0.9\"/>%n", left, y - 10, width));
    labels.append(String.format(Locale.ROOT, "<text class=\"edge-label\" x=\"%d\" y=\"%d\" font-size=\"9.5\" "
        + "text-anchor=\"%s\" fill=\"#333\">%s</text>%n", x, y, anchor, Xml.escape(text)));
  }

  private static String text(int x, int y, String size, String weight, String text) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%s\" font-weight=\"%s\" fill=\"#1d2733\">%s"
        + "</text>%n", x, y, size, weight, Xml.escape(text));
  }

  /** The CSS stroke of {@code kind}'s lines. */
  static String stroke(Topology.EdgeKind kind) {
    return STROKE.get(kind);
  }

  /** {@code kind} as the diagram's {@code data-kind} and class names spell it: {@code private-link}. */
  static String css(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
