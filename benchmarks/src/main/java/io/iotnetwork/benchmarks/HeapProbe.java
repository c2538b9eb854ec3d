package io.iotnetwork.benchmarks;

import com.contoso.iot.PlantFleetNetwork;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of {@link Generator#templates} on the plant fleet, the definition built inside the
 * measurement. Run it in a fresh JVM with the cap to check, e.g. {@code -Xmx256m}: it generates
 * {@code runs} times and prints one line, {@code heap-probe hubs=.. runs=.. max-heap-mb=.. completed=yes|no
 * outcome=.. peak-pools-mb=.. peak-sampled-mb=.. after-gc-max-mb=.. seconds=..}:
 * <ul>
 *   <li>{@code completed}: every run finished without {@link OutOfMemoryError} under the cap;</li>
 *   <li>{@code peak-pools-mb}: the sum over the heap pools of each pool's peak use since the start
 *       ({@link MemoryPoolMXBean#resetPeakUsage}); pools peak at different moments, so an upper bound;</li>
 *   <li>{@code peak-sampled-mb}: the largest heap use seen by a thread reading
 *       {@code MemoryMXBean.getHeapMemoryUsage()} every millisecond; garbage not yet collected counts;</li>
 *   <li>{@code after-gc-max-mb}: the largest heap use right after a garbage collection, the closest
 *       to what the generation keeps alive at once.</li>
 * </ul>
 *
 * <p>Usage: {@code HeapProbe [hubs] [runs]}, default 1000 and 3.
 */
public final class HeapProbe {
  private static final double MB = 1024 * 1024;

  private HeapProbe() {}

  public static void main(String[] args) throws InterruptedException {
    int hubs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    AtomicLong afterGc = new AtomicLong();
    listenToCollections(heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet()), afterGc);
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong sampled = new AtomicLong();
    Thread sampler = new Thread(() -> sample(sampled), "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    long start = System.nanoTime();
    boolean completed = true;
    String outcome = "";
    try {
      for (int run = 0; run < runs; run++) {
        GenerationResult result = Generator.templates(PlantFleetNetwork.fleet(hubs));
        outcome = result.succeeded() ? "generated" : "failed-with-diagnostics";
      }
    } catch (OutOfMemoryError e) {
      completed = false;
      outcome = "out-of-memory";
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    long peakPools = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    System.out.printf(Locale.ROOT, "heap-probe hubs=%d runs=%d max-heap-mb=%.0f completed=%s outcome=%s "
            + "peak-pools-mb=%.1f peak-sampled-mb=%.1f after-gc-max-mb=%.1f seconds=%.1f%n",
        hubs, runs, Runtime.getRuntime().maxMemory() / MB, completed ? "yes" : "no", outcome, peakPools / MB,
        sampled.get() / MB, afterGc.get() / MB, seconds);
  }

  private static void sample(AtomicLong peak) {
    while (!Thread.currentThread().isInterrupted()) {
      peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Keeps in {@code peak} the largest use of the pools {@code heapPools} after any collection. */
  private static void listenToCollections(Set<String> heapPools, AtomicLong peak) {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
              .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
          peak.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
  }
}
