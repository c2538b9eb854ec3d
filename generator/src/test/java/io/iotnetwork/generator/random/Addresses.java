package io.iotnetwork.generator.random;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv4 addresses and ranges: non-overlapping private blocks for declared networks and their
 * subnets, public addresses and ranges for IP filters and target firewalls.
 */
final class Addresses {
  private final Draw draw;
  private final List<Integer> freeBlocks = new ArrayList<>();

  Addresses(Draw draw) {
    this.draw = draw;
    for (int block = 0; block < 256; block++) {
      freeBlocks.add(block);
    }
  }

  /** A block of its own for a declared network, {@code 10.<block>.0.0/16}. */
  int networkBlock() {
    return freeBlocks.remove(draw.between(0, freeBlocks.size() - 1));
  }

  /** {@code 10.<block>.0.0/16}. */
  static String networkPrefix(int block) {
    return "10." + block + ".0.0/16";
  }

  /** A subnet of {@code 10.<block>.0.0/16}: the {@code index}th /24, or its first /26 or /27. */
  String subnetPrefix(int block, int index) {
    int length = draw.pick(24, 24, 24, 26, 27);
    return "10." + block + "." + index + ".0/" + length;
  }

  /** A host address inside {@code prefix} (as {@link #subnetPrefix} writes it), not the first four or the last. */
  String hostIn(String prefix) {
    String[] parts = prefix.split("[./]");
    int size = 1 << (32 - Integer.parseInt(parts[4]));
    return parts[0] + "." + parts[1] + "." + parts[2] + "." + draw.between(4, size - 2);
  }

  /** A private address anywhere, e.g. for a static IP in an existing subnet. */
  String privateHost() {
    return "10." + draw.between(0, 255) + "." + draw.between(0, 255) + "." + draw.between(4, 250);
  }

  /** A public IPv4 address, or a CIDR range written with its network address. */
  String publicRange() {
    int address = (draw.pick(192 << 24 | 2 << 8, 198 << 24 | 51 << 16 | 100 << 8, 203 << 24 | 113 << 8,
        52 << 24 | draw.between(0, 0xffff) << 8)) | draw.between(0, 255);
    if (draw.chance(0.4)) {
      return dotted(address);
    }
    int length = draw.between(8, 32);
    int mask = length == 32 ? -1 : ~(-1 >>> length);
    return dotted(address & mask) + "/" + length;
  }

  private static String dotted(int address) {
    return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
  }
}
