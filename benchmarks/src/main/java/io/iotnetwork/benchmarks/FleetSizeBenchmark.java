package io.iotnetwork.benchmarks;

import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the generator and floor benchmarks share: the plant fleet's sizes, average time in ms per
 * operation, and iterations sized for about two minutes a benchmark on 2 cores (a 1,000-hub
 * operation takes seconds, so an iteration holds one or two of them).
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class FleetSizeBenchmark extends AverageTimeBenchmark {

  /** Hubs in the plant fleet, one per plant. */
  @Param({"1", "10", "100", "1000"})
  public int hubs;
}
