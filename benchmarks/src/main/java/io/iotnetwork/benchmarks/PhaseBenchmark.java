package io.iotnetwork.benchmarks;

import com.contoso.iot.PlantFleetNetwork;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.arm.TemplateFile;
import io.iotnetwork.generator.emit.arm.TemplateSize;
import io.iotnetwork.generator.emit.bicep.BicepWriter;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.plan.TemplateLimits;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.generator.validate.Validator;
import io.iotnetwork.generator.verify.ArmSchemaCheck;
import io.iotnetwork.generator.verify.TemplateLimitCheck;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import java.util.SortedMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where generator time goes: each step of {@code Generator.templates} timed alone on inputs made
 * before the timing, through the same public calls. The steps add up to about the whole; a template
 * over ARM's limits stops the generator before {@link #bicep}, which is timed anyway.
 */
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 2)
public class PhaseBenchmark extends AverageTimeBenchmark {

  @Param({"100", "1000"})
  int hubs;

  private IotNetworkSpec spec;
  private Plan plan;
  private ObjectNode template;
  private ObjectNode parameters;
  private TemplateFile templateFile;
  private int parametersBytes;

  @Setup(Level.Trial)
  public void prepare() {
    spec = PlantFleetNetwork.fleet(hubs);
    plan = Planner.plan(spec);
    template = ArmWriter.template(plan);
    parameters = ArmWriter.parametersFile(plan);
    templateFile = TemplateFile.write(template, TemplateLimits.TEMPLATE_BYTES);
    parametersBytes = ArmWriter.print(parameters).length;
  }

  /** The validation rules. */
  @Benchmark
  public Diagnostics validate() {
    return Validator.standard().validate(spec);
  }

  /** The plan: resources, names, references, shards. */
  @Benchmark
  public Plan plan() {
    return Planner.plan(spec);
  }

  /** The ARM template and parameters file as Jackson trees. */
  @Benchmark
  public void armTree(Blackhole sink) {
    sink.consume(ArmWriter.template(plan));
    sink.consume(ArmWriter.parametersFile(plan));
  }

  /** The JSON schema check of both trees. */
  @Benchmark
  public List<Diagnostic> schemaCheck() {
    return ArmSchemaCheck.standard().check(template, parameters);
  }

  /** Writing the template as the generator does (indented, up to 4 MB; else on one line) and the parameters file. */
  @Benchmark
  public void armPrint(Blackhole sink) {
    sink.consume(TemplateFile.write(template, TemplateLimits.TEMPLATE_BYTES));
    sink.consume(ArmWriter.print(parameters));
  }

  /**
   * Measuring the template on one line without keeping the bytes: what a shardable definition costs
   * before the generator knows whether one deployment holds it (from 1,000 hubs it does not, and the
   * generator writes and checks the stages instead of {@link #armPrint} and {@link #schemaCheck}).
   */
  @Benchmark
  public TemplateSize measureOnOneLine() {
    return TemplateFile.measureOnOneLine(template);
  }

  /** ARM's limits: counts, expression lengths, each resource's written size, the files' sizes. */
  @Benchmark
  public List<Diagnostic> limitCheck() {
    return TemplateLimitCheck.check(spec, template, templateFile.size(), parametersBytes);
  }

  /** main.bicep, its modules and main.bicepparam. */
  @Benchmark
  public void bicep(Blackhole sink) {
    SortedMap<String, String> files = BicepWriter.files(plan);
    sink.consume(files);
    sink.consume(BicepWriter.mainBicepparam(plan));
  }
}
