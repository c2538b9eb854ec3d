package io.iotnetwork.benchmarks;

import com.contoso.iot.PlantFleetNetwork;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.model.IotNetworkSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Generator time: {@link Generator#templates} on the plant fleet with {@code hubs} hubs, i.e. validate,
 * plan, emit ARM, verify against the schemas and ARM's limits, emit Bicep. The definition is built
 * before the timing. A fleet over ARM's limits comes back failed after the limit check, without its
 * Bicep: {@link FleetOutcomes} says which sizes do.
 */
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
