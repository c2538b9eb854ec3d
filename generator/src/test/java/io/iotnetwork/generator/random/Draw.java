package io.iotnetwork.generator.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded choices: the only randomness of a generation, so that its seed replays it. */
final class Draw {
  private final Random random;

  Draw(long seed) {
    this.random = new Random(seed);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A number from {@code min} to {@code max}, both included. */
  long between(long min, long max) {
    return min + (long) (random.nextDouble() * (max - min + 1));
  }

  /** One of {@code options}. */
  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** One of {@code options}. */
  @SafeVarargs
  final <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  /** {@code count} distinct elements of {@code options}, in random order. */
  <T> List<T> some(List<T> options, int count) {
    List<T> shuffled = new ArrayList<>(options);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  /** {@code length} characters of {@code alphabet}. */
  String chars(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
