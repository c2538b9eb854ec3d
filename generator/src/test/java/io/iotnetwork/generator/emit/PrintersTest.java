package io.iotnetwork.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.emit.bicep.BicepWriter;
import io.iotnetwork.generator.plan.Obj;
import io.iotnetwork.generator.plan.Output;
import io.iotnetwork.generator.plan.Parameter;
import io.iotnetwork.generator.plan.ParameterType;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.PlannedResource;
import io.iotnetwork.generator.plan.ResourceType;
import io.iotnetwork.generator.plan.Value;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Literals that look like syntax stay literals in both outputs. */
class PrintersTest {
  private static final PlannedResource ZONE = PlannedResource.of("privateDnsZoneTest", ResourceType.PRIVATE_DNS_ZONE,
      Value.of("privatelink.azure-devices.net"), Obj.builder()
          .put("location", "global")
          .put("tags", Obj.builder()
              .put("note", "[not an expression]")
              .put("quote", "it's ${here} \\ there")
              .put("$special key", "x")
              .build())
          .put("properties", Obj.empty())
          .build());
  private static final Plan PLAN = new Plan("printers", List.of(Parameter.string("location", "westeurope", "where")),
      List.of(ZONE), List.of(), List.of(new Output("zoneId", ParameterType.STRING, ZONE.id(), "the zone")));

  @Test
  void armEscapesLiteralsThatStartWithABracket() {
    ObjectNode template = ArmWriter.template(PLAN);

    assertThat(template.at("/resources/0/tags/note").asText()).isEqualTo("[[not an expression]");
    assertThat(template.at("/outputs/zoneId/value").asText())
        .isEqualTo("[resourceId('Microsoft.Network/privateDnsZones', 'privatelink.azure-devices.net')]");
  }

  @Test
  void bicepEscapesQuotesInterpolationAndBackslashesAndQuotesOddKeys() {
    String bicep = BicepWriter.files(PLAN).get(BicepWriter.MAIN);

    assertThat(bicep).contains("quote: 'it\\'s \\${here} \\\\ there'")
        .contains("'$special key': 'x'")
        .contains("note: '[not an expression]'")
        .contains("output zoneId string = privateDnsZoneTest.id");
  }

  @Test
  void secureParametersNeverGetDefaults() {
    assertThatThrownBy(() -> new Parameter("secret", ParameterType.SECURE_STRING,
            Optional.of(Value.of("x")), "d", OptionalInt.empty(), OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
