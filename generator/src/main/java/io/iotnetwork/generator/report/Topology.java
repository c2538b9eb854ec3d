package io.iotnetwork.generator.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The network drawn as a graph, left to right: devices, gateways, subnets, private endpoints and
 * DNS zones, hubs, egress targets. The SVG and Mermaid writers print the same graph.
 *
 * @param nodes every node, in column order then declaration order
 * @param edges every edge
 */
public record Topology(List<Node> nodes, List<Edge> edges) {

  public Topology {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** What a node stands for; decides its column and colour. */
  public enum NodeKind {
    DEVICES(0), INTERNET(0), GATEWAY(1), SUBNET(2), PRIVATE_ENDPOINT(3), DNS_ZONE(3), HUB(4), TARGET(5);

    private final int column;

    NodeKind(int column) {
      this.column = column;
    }

    /** The column, counted from the left. */
    public int column() {
      return column;
    }
  }

  /** What an edge stands for; decides its line style. */
  public enum EdgeKind {
    /** Devices reaching the network: over a gateway, or the internet. */
    DEVICE_PATH,
    /** The internet to a hub's public endpoint, open or filtered (a closed one gets no line). */
    PUBLIC_OPEN, PUBLIC_FILTERED,
    /** A subnet hosting a private endpoint, a private endpoint connecting to its hub. */
    PRIVATE_LINK,
    /** A private endpoint's DNS zone group. */
    DNS,
    /** A hub sending to a customer resource. */
    EGRESS
  }

  /**
   * A box.
   *
   * @param id       stable id, unique in the graph
   * @param kind     what it stands for
   * @param title    the first line
   * @param details  further lines
   */
  public record Node(String id, NodeKind kind, String title, List<String> details) {
    public Node {
      requireNonNull(id);
      requireNonNull(kind);
      requireNonNull(title);
      details = List.copyOf(details);
    }
  }

  /**
   * A line from one box to another.
   *
   * @param from   the source node's id
   * @param to     the target node's id
   * @param kind   what it stands for
   * @param label  its label; may be empty
   */
  public record Edge(String from, String to, EdgeKind kind, String label) {
    public Edge {
      requireNonNull(from);
      requireNonNull(to);
      requireNonNull(kind);
      requireNonNull(label);
    }
  }
}
