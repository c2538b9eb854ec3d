package io.iotnetwork.benchmarks;

import com.contoso.iot.PlantFleetNetwork;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.model.IotNetworkSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generator time: {@link Generator#templates} on the plant fleet with {@code hubs} hubs, i.e. validate,
 * plan, emit ARM, verify against the schemas and ARM's limits, emit Bicep. The definition is built
 * before the timing. A fleet over ARM's limits comes back failed after the limit check, without its
 * Bicep: {@link FleetOutcomes} says which sizes do.
 *
 * <p>Its warmup is longer than the floor's: on 2 cores the JIT's C2 compiler was still busy after 30 calls
 * of 1,000 hubs (about 67 ms of compiler CPU per call, competing with the generator for the cores) and
 * quiet after 150 (3 ms), so 8 × 2 s measured it half compiled; 25 × 2 s is about 250 calls of 1,000 hubs
 * and 100 of 2,000.
 */
@Warmup(iterations = 25, time = 2)
public class GeneratorBenchmark extends FleetSizeBenchmark {

  private IotNetworkSpec spec;

  @Setup(Level.Trial)
  public void defineFleet() {
    spec = PlantFleetNetwork.fleet(hubs);
  }

  @Benchmark
  public GenerationResult templates() {
    return Generator.templates(spec);
  }
}
