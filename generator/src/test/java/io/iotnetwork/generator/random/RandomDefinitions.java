package io.iotnetwork.generator.random;

import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeded random network definitions built through the public DSL, covering the whole article:
 * hubs, private endpoints and DNS, IP filters, device sites, identities, egress targets, routing, file
 * upload, import/export and outbound restriction. Same seed, same definition.
 */
public final class RandomDefinitions {
  /** Mixed into the seed for the choice of mistakes, so it does not repeat the definition's own draws. */
  private static final long MISTAKES = 0x5DEECE66DL;
  /** Mistakes that draw elements but leave them out of the definition: a hub's private endpoints, all hubs. */
  private static final Set<Fault> LEAVING_OUT = EnumSet.of(Fault.HUB_UNREACHABLE, Fault.NETWORK_WITHOUT_HUB);

  private RandomDefinitions() {}

  /**
   * A definition with deliberate mistakes.
   *
   * @param spec      the definition
   * @param mistakes  what was injected; each one's rule must report an error
   */
  public record Broken(IotNetworkSpec spec, List<Fault> mistakes) {
    public Broken {
      mistakes = List.copyOf(mistakes);
    }
  }

  /** A definition every rule accepts without error (warnings and infos are fine). */
  public static IotNetworkSpec valid(long seed) {
    return new Generation(seed, Faults.none()).network();
  }

  /**
   * {@link #valid(long)} with one to four mistakes injected: a dry run counts the places each mistake
   * fits, then the same generation runs again with the chosen ones, each at one of its places.
   */
  public static Broken broken(long seed) {
    Faults dryRun = Faults.none();
    new Generation(seed, dryRun).network();
    Map<Fault, Integer> chosen = chooseMistakes(dryRun.offers(), new Draw(seed ^ MISTAKES));
    Faults faults = Faults.armed(chosen, seed ^ ~MISTAKES);
    IotNetworkSpec spec = new Generation(seed, faults).network();
    // each mistake fires where the dry run offered it, as mistakes never change the valid draws; only
    // those that leave drawn elements out (and inject nothing into them) leave places out
    if (!faults.injected().containsAll(chosen.keySet())
        && faults.injected().stream().noneMatch(LEAVING_OUT::contains)) {
      throw new IllegalStateException("bug in RandomDefinitions: of " + chosen.keySet() + " only "
          + faults.injected() + " were injected for seed " + seed);
    }
    return new Broken(spec, faults.injected());
  }

  /** One to four mistakes of different slots, each at one of the places it was offered. */
  private static Map<Fault, Integer> chooseMistakes(Map<Fault, Integer> offers, Draw draw) {
    int wanted = draw.between(1, 4);
    Map<Fault, Integer> chosen = new EnumMap<>(Fault.class);
    Set<String> slots = new HashSet<>();
    for (Fault fault : draw.some(new ArrayList<>(offers.keySet()), offers.size())) {
      if (chosen.size() < wanted && slots.add(fault.slot())) {
        chosen.put(fault, draw.between(0, offers.get(fault) - 1));
      }
    }
    return chosen;
  }
}
