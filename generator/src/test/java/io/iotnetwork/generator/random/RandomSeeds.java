package io.iotnetwork.generator.random;

import java.util.stream.LongStream;

/**
 * The seeds of the random tests: consecutive seeds from a base seed, system property
 * {@code random.seed} (fixed by default, so that CI is deterministic). Seed {@code s} replays alone
 * with {@code -Drandom.seed=s -Drandom.count=1}.
 */
final class RandomSeeds {
  /** The base seed when {@code random.seed} is not set. */
  static final long DEFAULT_BASE = 20_260_401L;

  private RandomSeeds() {}

  /** The base seed. */
  static long base() {
    return Long.getLong("random.seed", DEFAULT_BASE);
  }

  /** How many seeds: system property {@code property}, else {@code defaultCount}. */
  static int count(String property, int defaultCount) {
    return Integer.getInteger(property, defaultCount);
  }

  /** {@code count} consecutive seeds from the base seed. */
  static LongStream seeds(int count) {
    long base = base();
    return LongStream.range(0, count).map(i -> base + i);
  }

  /** The Maven arguments that run {@code seed} alone. */
  static String replay(long seed) {
    return "-Drandom.seed=" + seed + " -Drandom.count=1";
  }
}
