package io.iotnetwork.benchmarks;

import com.contoso.iot.PlantFleetNetwork;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.arm.TemplateFile;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.plan.TemplateLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The floor: Jackson writing the plant fleet's ARM template tree, built once before the timing, the
 * way the generator writes the file (indented, or on one line when indented it is over ARM's 4 MB).
 */
public class JacksonFloorBenchmark extends FleetSizeBenchmark {

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private ObjectNode tree;
  private boolean indented;

  @Setup(Level.Trial)
  public void buildTree() {
    tree = ArmWriter.template(Planner.plan(PlantFleetNetwork.fleet(hubs)));
    indented = TemplateFile.write(tree, TemplateLimits.TEMPLATE_BYTES).indented();
  }

  @Benchmark
  public byte[] write() throws JsonProcessingException {
    return indented ? ArmWriter.print(tree) : COMPACT.writeValueAsBytes(tree);
  }
}
