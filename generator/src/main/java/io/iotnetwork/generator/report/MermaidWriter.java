package io.iotnetwork.generator.report;

import java.util.HashMap;
import java.util.Map;

/** Prints a {@link Topology} as a Mermaid flowchart, left to right, for Markdown reports. */
public final class MermaidWriter {
  private MermaidWriter() {}

  /** The {@code flowchart LR} text (without the Markdown fence). */
  public static String write(Topology topology) {
    Map<String, String> ids = new HashMap<>();
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Topology.Node node : topology.nodes()) {
      String id = "n" + ids.size();
      ids.put(node.id(), id);
      String label = node.title() + (node.details().isEmpty() ? "" : "<br/>" + String.join("<br/>", node.details()));
      out.append("  ").append(id).append(shape(node.kind(), quote(label))).append('\n');
    }
    for (Topology.Edge edge : topology.edges()) {
      out.append("  ").append(ids.get(edge.from())).append(' ').append(arrow(edge.kind()));
      if (!edge.label().isEmpty()) {
        out.append('|').append(quote(edge.label())).append('|');
      }
      out.append(' ').append(ids.get(edge.to())).append('\n');
    }
    return out.toString();
  }

  private static String shape(Topology.NodeKind kind, String label) {
    return switch (kind) {
      case HUB -> "[[" + label + "]]";
      case DNS_ZONE -> "[/" + label + "/]";
      case INTERNET, DEVICES -> "([" + label + "])";
      case TARGET -> "[(" + label + ")]";
      default -> "[" + label + "]";
    };
  }

  private static String arrow(Topology.EdgeKind kind) {
    return switch (kind) {
      case PUBLIC_OPEN -> "==>";
      case PUBLIC_FILTERED, DNS -> "-.->";
      default -> "-->";
    };
  }

  /** A Mermaid string: in double quotes, with double quotes written as {@code #quot;}. */
  private static String quote(String text) {
    return "\"" + text.replace("\"", "#quot;") + "\"";
  }
}
