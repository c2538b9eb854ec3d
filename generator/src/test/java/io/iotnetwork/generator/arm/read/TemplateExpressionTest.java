package io.iotnetwork.generator.arm.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evaluating template expressions without a deployment: what is known is resolved, the rest printed canonically. */
class TemplateExpressionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ResourceScope SCOPED =
      new ResourceScope(Optional.of("sub-1"), Optional.of("rg-iot"));

  @Test
  void parametersAndVariablesResolveIncludingDefaultsThatAreExpressions() throws Exception {
    ExpressionEvaluator evaluator = evaluator(
        "{\"hub\": {\"type\": \"string\", \"defaultValue\": \"[toLower('Hub-A')]\"}, \"n\": {\"type\": \"int\"}}",
        "{\"n\": {\"value\": 3}}",
        Map.of("suffix", JSON.readTree("\"[concat('-', parameters('hub'))]\"")), ResourceScope.DEPLOYMENT);

    assertThat(resolve(evaluator, "[concat('pe', variables('suffix'))]")).isEqualTo("pe-hub-a");
    assertThat(evaluator.resolve(JSON.readTree("\"[parameters('N')]\"")).asInt()).isEqualTo(3);
    assertThat(resolve(evaluator, "[format('{0}-{1}', parameters('hub'), 'pe')]")).isEqualTo("hub-a-pe");
    assertThat(resolve(evaluator, "[if(equals(parameters('n'), 3), 'three', 'other')]")).isEqualTo("three");
  }

  @Test
  void aLiteralThatStartsWithTwoBracketsLosesOneAndOnlyBracketedStringsAreExpressions() throws Exception {
    ExpressionEvaluator evaluator = evaluator("{}", "{}", Map.of(), ResourceScope.DEPLOYMENT);

    assertThat(resolve(evaluator, "[[not an expression]")).isEqualTo("[not an expression]");
    assertThat(resolve(evaluator, "[concat('a', 'b')")).isEqualTo("[concat('a', 'b')");
    assertThat(resolve(evaluator, "['it''s']")).isEqualTo("it's");
  }

  @Test
  void resourceIdIsAbsoluteOnlyWhereTheScopeIsKnown() throws Exception {
    ExpressionEvaluator unscoped = evaluator("{}", "{}", Map.of(), ResourceScope.DEPLOYMENT);
    ExpressionEvaluator scoped = evaluator("{}", "{}", Map.of(), SCOPED);

    assertThat(resolve(unscoped, "[resourceId('Microsoft.Devices/IotHubs', 'hub')]"))
        .isEqualTo("[resourceId('Microsoft.Devices/IotHubs', 'hub')]");
    assertThat(resolve(scoped, "[resourceId('Microsoft.Network/privateDnsZones/virtualNetworkLinks', 'z', 'l')]"))
        .isEqualTo("/subscriptions/sub-1/resourceGroups/rg-iot/providers/Microsoft.Network/privateDnsZones/z/virtualNetworkLinks/l");
    assertThat(resolve(unscoped, "[resourceId('sub-2', 'rg-other', 'Microsoft.Storage/storageAccounts', 'st')]"))
        .isEqualTo("/subscriptions/sub-2/resourceGroups/rg-other/providers/Microsoft.Storage/storageAccounts/st");
    assertThat(resolve(scoped, "[subscription().subscriptionId]")).isEqualTo("sub-1");
  }

  @Test
  void whatOnlyADeploymentKnowsStaysAnExpressionWithItsArgumentsResolved() throws Exception {
    ExpressionEvaluator evaluator = evaluator("{\"hub\": {\"type\": \"string\", \"defaultValue\": \"hub-a\"}}", "{}",
        Map.of(), ResourceScope.DEPLOYMENT);

    assertThat(resolve(evaluator,
        "[reference(resourceId('Microsoft.Devices/IotHubs',parameters('hub')),'2023-06-30','full').identity.principalId]"))
        .isEqualTo("[reference(resourceId('Microsoft.Devices/IotHubs', 'hub-a'), '2023-06-30', 'full').identity.principalId]");
    assertThat(resolve(evaluator, "[guid(parameters('hub'), 'role')]")).isEqualTo("[guid('hub-a', 'role')]");
    assertThat(resolve(evaluator, "[format('https://{0}.blob.{1}/', 'st', environment().suffixes.storage)]"))
        .isEqualTo("[format('https://{0}.blob.{1}/', 'st', environment().suffixes.storage)]");
  }

  @Test
  void badSyntaxSaysWhere() {
    assertThatThrownBy(() -> TemplateExpression.parse("concat('a', 'b'"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected ')'");
    assertThatThrownBy(() -> TemplateExpression.parse("concat('a)"))
        .hasMessageContaining("unterminated string");
  }

  @Test
  void durationsOfBothDialectsMeetInOneCanonicalForm() {
    assertThat(Durations.canonical("1 day, 5:00:00")).contains("PT29H");
    assertThat(Durations.canonical("2 days, 0:00:00.500000")).contains("PT48H0.5S");
    assertThat(Durations.canonical("0:00:35")).contains("PT35S");
    assertThat(Durations.canonical("PT60S")).isEqualTo(Durations.canonical("PT1M"));
    assertThat(Durations.canonical("P1DT5H")).isEqualTo(Durations.canonical("1 day, 5:00:00"));
    assertThat(Durations.canonical("an hour")).isEmpty();
  }

  private static ExpressionEvaluator evaluator(String declared, String values, Map<String, JsonNode> variables,
      ResourceScope scope) throws Exception {
    return new ExpressionEvaluator(new TemplateParameters(JSON.readTree(declared), JSON.readTree(values)), variables, scope);
  }

  private static String resolve(ExpressionEvaluator evaluator, String text) {
    return evaluator.resolve(JSON.getNodeFactory().textNode(text)).asText();
  }
}
