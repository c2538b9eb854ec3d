package io.iotnetwork.generator;

import com.contoso.iot.PlantFleetNetwork;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every scenario and a fleet large enough to be sharded, as test arguments (name, spec). */
public final class Definitions {
  private Definitions() {}

  public static Stream<Arguments> scenariosAndAShardedFleet() {
    return Stream.concat(
        Scenarios.names().map(name -> Arguments.of(name, Scenarios.spec(name))),
        Stream.of(Arguments.of("plant-fleet (40 hubs, sharded)", PlantFleetNetwork.fleet(40))));
  }
}
