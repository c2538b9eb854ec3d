package io.iotnetwork.generator.report;

import java.util.List;
import java.util.Map;

/**
 * The legend under the diagram: one entry per kind of line the diagram draws, in {@link
 * Topology.EdgeKind} order, drawn with the diagram's own stroke; kinds it does not draw are left out.
 */
final class Legend {
  private static final Map<Topology.EdgeKind, String> WORDS = Map.of(
      Topology.EdgeKind.DEVICE_PATH, "grey: devices' path (gateway or internet)",
      Topology.EdgeKind.PUBLIC_OPEN, "red: public endpoint open",
      Topology.EdgeKind.PUBLIC_FILTERED, "amber dashed: public endpoint filtered",
      Topology.EdgeKind.PRIVATE_LINK, "blue: private link",
      Topology.EdgeKind.DNS, "green dashed: private DNS zone group",
      Topology.EdgeKind.EGRESS, "purple: egress (identity, role, firewall)");

  private Legend() {}

  /**
   * One legend entry.
   *
   * @param kind    the edge kind as the diagram's {@code data-kind} spells it
   * @param stroke  the diagram's CSS stroke for that kind
   * @param words   what it stands for
   */
  record Entry(String kind, String stroke, String words) {}

  /** The entries for the kinds of line {@code topology} draws. */
  static List<Entry> of(Topology topology) {
    return topology.edges().stream().map(Topology.Edge::kind).distinct().sorted()
        .map(kind -> new Entry(SvgWriter.css(kind), SvgWriter.stroke(kind), WORDS.get(kind))).toList();
  }
}
