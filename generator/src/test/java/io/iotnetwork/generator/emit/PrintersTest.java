package io.iotnetwork.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.emit.arm.ArmStrings;
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
  void armWritesEachLiteralAsTheStringArmReadsBackAsThatLiteral() {
    ObjectNode tags = (ObjectNode) ArmWriter.template(planWithTags(Obj.builder()
        .put("expressionShaped", "[x]")
        .put("unclosed", "[concat('a', 'b')")
        .put("bracketOnly", "[")
        .put("emptyBrackets", "[]")
        .put("alreadyDoubled", "[[x]")
        .put("doubledUnclosed", "[[x")
        .put("closedLater", "[test] value")
        .put("[key]", "v")
        .build())).at("/resources/0/tags");

    // "Escape characters": only a string that starts with [ and ends with ] gets one more [
    assertThat(tags.get("expressionShaped").asText()).isEqualTo("[[x]");
    assertThat(tags.get("unclosed").asText()).isEqualTo("[concat('a', 'b')");
    assertThat(tags.get("bracketOnly").asText()).isEqualTo("[");
    assertThat(tags.get("emptyBrackets").asText()).isEqualTo("[[]");
    assertThat(tags.get("alreadyDoubled").asText()).isEqualTo("[[[x]");
    assertThat(tags.get("doubledUnclosed").asText()).isEqualTo("[[x");
    assertThat(tags.get("closedLater").asText()).isEqualTo("[test] value");
    assertThat(tags.has("[[key]")).as("an expression-shaped key is escaped too").isTrue();
    tags.properties().forEach(tag -> assertThat(ArmStrings.isExpression(tag.getValue().asText()))
        .as("ARM would evaluate tag %s", tag.getKey()).isFalse());
  }

  @Test
  void armTellsExpressionsFromLiteralsAsArmDoes() {
    assertThat(ArmStrings.isExpression("[resourceGroup().location]")).isTrue();
    assertThat(ArmStrings.isExpression("[]")).isTrue();
    assertThat(ArmStrings.isExpression("[[x]")).isFalse();
    assertThat(ArmStrings.isExpression("[x")).isFalse();
    assertThat(ArmStrings.isExpression("[")).isFalse();
    assertThat(ArmStrings.isExpression("")).isFalse();
  }

  @Test
  void bicepWritesEveryControlCharacterAsAnEscape() {
    String bicep = BicepWriter.files(planWithTags(Obj.builder()
        .put("controls", "nul\u0000bel\u0007esc\u001b us\u001f del\u007f c1\u0085 ls\u2028 ps\u2029 lf\n cr\r tab\t")
        .build())).get(BicepWriter.MAIN);

    assertThat(bicep).contains("controls: 'nul\\u{0}bel\\u{7}esc\\u{1B} us\\u{1F} del\\u{7F} c1\\u{85} ls\\u{2028} "
        + "ps\\u{2029} lf\\n cr\\r tab\\t'");
    assertThat(bicep.chars().filter(c -> Character.isISOControl(c) && c != '\n').count())
        .as("control characters other than line ends").isZero();
    assertThat(bicep).doesNotContain("\u2028", "\u2029");
  }

  @Test
  void bicepEscapesQuotesInterpolationAndBackslashesAndQuotesOddKeys() {
    String bicep = BicepWriter.files(PLAN).get(BicepWriter.MAIN);

    assertThat(bicep).contains("quote: 'it\\'s \\${here} \\\\ there'")
        .contains("'$special key': 'x'")
        .contains("note: '[not an expression]'")
        .contains("output zoneId string = privateDnsZoneTest.id");
  }

  private static Plan planWithTags(Obj tags) {
    PlannedResource zone = PlannedResource.of("privateDnsZoneTest", ResourceType.PRIVATE_DNS_ZONE,
        Value.of("privatelink.azure-devices.net"), Obj.builder()
            .put("location", "global")
            .put("tags", tags)
            .put("properties", Obj.empty())
            .build());
    return new Plan("printers", List.of(), List.of(zone), List.of(), List.of());
  }

  @Test
  void secureParametersNeverGetDefaults() {
    assertThatThrownBy(() -> new Parameter("secret", ParameterType.SECURE_STRING,
            Optional.of(Value.of("x")), "d", OptionalInt.empty(), OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
