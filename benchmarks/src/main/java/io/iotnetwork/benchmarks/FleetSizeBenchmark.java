package io.iotnetwork.benchmarks;

import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the generator and floor benchmarks share: the plant fleet's sizes and iterations sized for
 * about two minutes a benchmark on 2 cores. The JIT takes about 15 s to settle on the generator
 * (its first 1,000-hub call takes seconds, later ones well under one), hence the long warmup.
 */
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class FleetSizeBenchmark extends AverageTimeBenchmark {

  /** Hubs in the plant fleet, one per plant. */
  @Param({"1", "10", "100", "1000", "2000"})
  public int hubs;
}
