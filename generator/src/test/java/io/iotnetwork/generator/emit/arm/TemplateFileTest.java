package io.iotnetwork.generator.emit.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.random.RandomDefinitions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link TemplateFile#measureOnOneLine}, which counts each top-level resource on its own and on several
 * threads, measures exactly what {@link TemplateFile#write} writes on one line: the file's bytes and each
 * resource's, on every scenario, random definitions, a staged fleet, and text Jackson escapes or writes
 * as several bytes.
 */
class TemplateFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void measuringOnOneLineCountsWhatWritingOnOneLineWrites() {
    List<ObjectNode> templates = new ArrayList<>();
    Scenarios.names().forEach(name -> templates.add(ArmWriter.template(Planner.plan(Scenarios.spec(name)))));
    for (long seed = 1; seed <= 20; seed++) {
      templates.add(ArmWriter.template(Planner.plan(RandomDefinitions.valid(seed))));
    }
    templates.add(ArmWriter.template(Planner.plan(PlantFleetNetwork.fleet(1000))));
    for (ObjectNode template : templates) {
      assertMeasuresAsWritten(template);
    }
    System.out.printf("measureOnOneLine agrees with the written file on %d templates%n", templates.size());
  }

  @Test
  void escapedAndMultiByteTextIsCountedAsWritten() throws Exception {
    String text = IntStream.of(0, 0x1f, '"', '\\', '/', 0x7f, 0xe9, 0x2028, 0x1f600)
        .mapToObj(Character::toString).collect(Collectors.joining());
    ObjectNode template = (ObjectNode) JSON.readTree("{\"$schema\":\"s\",\"parameters\":{},\"resources\":["
        + "{\"name\":" + JSON.writeValueAsString(text) + ",\"n\":1.5,\"b\":true,\"z\":null},{\"k\":[]}],"
        + "\"outputs\":{\"o\":" + JSON.writeValueAsString(text) + "}}");
    assertMeasuresAsWritten(template);
  }

  @Test
  void aTemplateWithoutResourcesIsMeasuredWhole() throws Exception {
    assertMeasuresAsWritten((ObjectNode) JSON.readTree("{\"$schema\":\"s\",\"resources\":[]}"));
    assertMeasuresAsWritten((ObjectNode) JSON.readTree("{\"$schema\":\"s\"}"));
  }

  private static void assertMeasuresAsWritten(ObjectNode template) {
    TemplateFile written = TemplateFile.write(template, 0);
    assertThat(written.indented()).isFalse();
    assertThat(TemplateFile.measureOnOneLine(template)).isEqualTo(written.size());
  }
}
