package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.iotnetwork.generator.arm.read.TemplateExpression.Call;
import io.iotnetwork.generator.arm.read.TemplateExpression.Index;
import io.iotnetwork.generator.arm.read.TemplateExpression.Known;
import io.iotnetwork.generator.arm.read.TemplateExpression.Member;
import io.iotnetwork.generator.arm.read.TemplateExpression.Number;
import io.iotnetwork.generator.arm.read.TemplateExpression.Text;
import java.util.stream.Collectors;

/** Prints an expression tree back as ARM expression text, in one canonical spelling (a comma and one space between arguments). */
final class ExpressionPrinter {
  private ExpressionPrinter() {}

  static String print(TemplateExpression expression) {
    if (expression instanceof Text text) {
      return quote(text.value());
    }
    if (expression instanceof Number number) {
      return Long.toString(number.value());
    }
    if (expression instanceof Known known) {
      return literal(known.value());
    }
    if (expression instanceof Member member) {
      return print(member.target()) + "." + member.name();
    }
    if (expression instanceof Index index) {
      return print(index.target()) + "[" + print(index.index()) + "]";
    }
    Call call = (Call) expression;
    return call.name() + "(" + call.arguments().stream().map(ExpressionPrinter::print).collect(Collectors.joining(", ")) + ")";
  }

  private static String literal(JsonNode value) {
    if (value.isTextual()) {
      return quote(value.asText());
    }
    if (value.isIntegralNumber()) {
      return value.asText();
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "true()" : "false()";
    }
    return "json(" + quote(value.toString()) + ")";
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
