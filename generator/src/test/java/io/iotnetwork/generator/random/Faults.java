package io.iotnetwork.generator.random;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where mistakes go. The generator offers a fault at every place it fits ({@link #inject(Fault)});
 * a dry run only counts the offers, an armed run injects each chosen fault at the offer it was
 * given. Bad values come from a draw of their own, so a valid definition and its broken variants
 * make the same valid choices.
 */
final class Faults {
  private final Map<Fault, Integer> offers = new EnumMap<>(Fault.class);
  private final Map<Fault, Integer> armedAt;
  private final List<Fault> injected = new ArrayList<>();
  private final BadValues bad;
  private int suspended;

  private Faults(Map<Fault, Integer> armedAt, BadValues bad) {
    this.armedAt = Map.copyOf(armedAt);
    this.bad = bad;
  }

  /** Injects nothing: for valid definitions and dry runs. */
  static Faults none() {
    return new Faults(Map.of(), new BadValues(new Draw(0)));
  }

  /** Injects each fault of {@code armedAt} at its offer (counted from 0), bad values drawn from {@code seed}. */
  static Faults armed(Map<Fault, Integer> armedAt, long seed) {
    return new Faults(armedAt, new BadValues(new Draw(seed)));
  }

  /** Offers {@code fault} here; true when it is to be injected here. */
  boolean inject(Fault fault) {
    int offer = offers.merge(fault, 1, Integer::sum) - 1;
    boolean here = suspended == 0 && Integer.valueOf(offer).equals(armedAt.get(fault));
    if (here) {
      injected.add(fault);
    }
    return here;
  }

  /** {@code valid}, or the bad value when {@code fault} is injected here. */
  <T> T replace(Fault fault, T valid, Function<BadValues, T> badValue) {
    return inject(fault) ? badValue.apply(bad) : valid;
  }

  /** The bad values. */
  BadValues bad() {
    return bad;
  }

  /** Runs {@code body} without injecting (offers still count): for elements drawn but then left out. */
  void suspended(Runnable body) {
    suspended++;
    try {
      body.run();
    } finally {
      suspended--;
    }
  }

  /** How often each fault was offered. */
  Map<Fault, Integer> offers() {
    return new EnumMap<>(offers);
  }

  /** The faults injected, in order. */
  List<Fault> injected() {
    return List.copyOf(injected);
  }
}
