package io.iotnetwork.benchmarks;

import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the generator and floor benchmarks share: the plant fleet's sizes and iterations. The floor's
 * code is small and settles within the first warmup iterations; {@link GeneratorBenchmark} warms up longer.
 */
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class FleetSizeBenchmark extends AverageTimeBenchmark {

  /** Hubs in the plant fleet, one per plant. */
  @Param({"1", "10", "100", "1000", "2000"})
  public int hubs;
}
