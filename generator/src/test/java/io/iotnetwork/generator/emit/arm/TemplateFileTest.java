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
 * resource's, on every scenario, random definitions, a staged fleet, text Jackson escapes or writes as
 * several bytes, and what the count leaves to Jackson (a surrogate pair or an unpaired one, a fraction, a big integer).
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
    String text = IntStream.of(0, '\b', '\t', '\n', '\f', '\r', 0x0b, 0x1f, '"', '\\', '/', 0x7f, 0x80, 0x7ff, 0x800,
            0xe9, 0x2028, 0xffff)
        .mapToObj(Character::toString).collect(Collectors.joining());
    ObjectNode template = (ObjectNode) JSON.readTree("{\"$schema\":\"s\",\"parameters\":{},\"resources\":["
        + "{\"name\":" + JSON.writeValueAsString(text) + ",\"n\":1.5,\"b\":true,\"z\":null},{\"k\":[]}],"
        + "\"outputs\":{\"o\":" + JSON.writeValueAsString(text) + "}}");
    assertMeasuresAsWritten(template);
    template.withArray("resources").addObject().put("pair", "a\ud83d\ude00b").put("lone surrogate", "a\ud800b")
        .put("fraction", 0.1)
        .put("big", java.math.BigInteger.TEN.pow(30)).put("long", Long.MIN_VALUE).put("int", -7);
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
