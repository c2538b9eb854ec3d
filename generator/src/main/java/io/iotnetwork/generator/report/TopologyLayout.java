package io.iotnetwork.generator.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic left-to-right layout of a {@link Topology}: one column per node kind, nodes
 * stacked in declaration order, each column centred vertically. Text is wrapped by a fixed
 * character budget, at spaces and name separators, so the same graph always gives the same
 * coordinates.
 */
final class TopologyLayout {
  static final int NODE_WIDTH = 240;
  static final int COLUMN_GAP = 110;
  /** The gap before the targets, wide enough for the egress labels. */
  static final int TARGET_GAP = 430;
  static final int ROW_GAP = 26;
  static final int MARGIN = 24;
  /** Room above the nodes for the public-endpoint lines. */
  static final int CORRIDOR = 40;
  static final int TITLE_LINE = 18;
  static final int DETAIL_LINE = 15;
  static final int PADDING = 10;
  /** Vertical distance between edges arriving at one node. */
  static final int ARRIVAL_PITCH = 14;
  static final int TITLE_CHARACTERS = 30;
  static final int DETAIL_CHARACTERS = 38;
  /** Where a name may break, strongest first: between resource names, between labels, inside a name. */
  private static final char[] SEPARATORS = {'/', '.', '-'};

  /** A placed node with its wrapped text. */
  record Box(Topology.Node node, int x, int y, int width, int height, List<String> titleLines, List<String> detailLines) {
    int centerY() {
      return y + height / 2;
    }
  }

  private final Map<String, Box> boxes = new HashMap<>();
  private final List<Box> ordered = new ArrayList<>();
  private final int width;
  private final int height;

  private final Map<Integer, Integer> slots = new HashMap<>();

  TopologyLayout(Topology topology) {
    topology.nodes().stream().map(node -> node.kind().column()).distinct().sorted()
        .forEach(column -> slots.put(column, slots.size()));
    Map<Integer, List<Box>> columns = new HashMap<>();
    Map<String, Integer> arrivals = new HashMap<>();
    topology.edges().forEach(edge -> arrivals.merge(edge.to(), 1, Integer::sum));
    int tallest = 0;
    for (Topology.Node node : topology.nodes()) {
      int column = node.kind().column();
      List<Box> stack = columns.computeIfAbsent(column, c -> new ArrayList<>());
      List<String> title = wrap(node.title(), TITLE_CHARACTERS);
      List<String> details = new ArrayList<>();
      node.details().forEach(detail -> details.addAll(wrap(detail, DETAIL_CHARACTERS)));
      int textHeight = 2 * PADDING + title.size() * TITLE_LINE + details.size() * DETAIL_LINE;
      int boxHeight = Math.max(textHeight, (arrivals.getOrDefault(node.id(), 0) + 1) * ARRIVAL_PITCH);
      int y = stack.isEmpty() ? 0 : stack.get(stack.size() - 1).y() + stack.get(stack.size() - 1).height() + ROW_GAP;
      Box box = new Box(node, slotX(column), y, NODE_WIDTH, boxHeight, title, details);
      stack.add(box);
      tallest = Math.max(tallest, y + boxHeight);
    }
    for (List<Box> stack : columns.values()) {
      Box last = stack.get(stack.size() - 1);
      int offset = MARGIN + CORRIDOR + (tallest - (last.y() + last.height())) / 2;
      for (Box box : stack) {
        Box placed = new Box(box.node(), box.x(), box.y() + offset, box.width(), box.height(), box.titleLines(),
            box.detailLines());
        boxes.put(placed.node().id(), placed);
      }
    }
    topology.nodes().forEach(node -> ordered.add(boxes.get(node.id())));
    int lastColumn = columns.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    this.width = slotX(lastColumn) + NODE_WIDTH + MARGIN;
    this.height = 2 * MARGIN + CORRIDOR + tallest;
  }

  /** The left edge of {@code column}; columns without nodes take no room. */
  private int slotX(int column) {
    int slot = slots.get(column);
    boolean target = column == Topology.NodeKind.TARGET.column();
    return MARGIN + slot * (NODE_WIDTH + COLUMN_GAP) + (target ? TARGET_GAP - COLUMN_GAP : 0);
  }

  Box box(String nodeId) {
    return boxes.get(nodeId);
  }

  List<Box> boxes() {
    return ordered;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /**
   * Splits {@code text} into lines of at most {@code width} characters: at spaces, and inside a name
   * longer than a line after its strongest separator ({@code /}, then {@code .}, then {@code -}), so a
   * line ends at a space or a separator; a run without any separator longer than the line is cut.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String joint = " ";
      for (String piece : pieces(word, width)) {
        if (line.length() > 0 && line.length() + joint.length() + piece.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? joint : "").append(piece);
        joint = "";
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@code word} whole if it fits a line, else split after its strongest separator, each part again. */
  private static List<String> pieces(String word, int width) {
    if (word.length() <= width) {
      return List.of(word);
    }
    for (char separator : SEPARATORS) {
      List<String> parts = splitAfter(word, separator);
      if (parts.size() > 1) {
        return parts.stream().flatMap(part -> pieces(part, width).stream()).toList();
      }
    }
    List<String> cuts = new ArrayList<>();
    for (int start = 0; start < word.length(); start += width) {
      cuts.add(word.substring(start, Math.min(word.length(), start + width)));
    }
    return cuts;
  }

  /** {@code word} in parts that each end with {@code separator}, but the last. */
  private static List<String> splitAfter(String word, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = word.indexOf(separator); i >= 0 && i < word.length() - 1; i = word.indexOf(separator, i + 1)) {
      parts.add(word.substring(start, i + 1));
      start = i + 1;
    }
    parts.add(word.substring(start));
    return parts;
  }
}
