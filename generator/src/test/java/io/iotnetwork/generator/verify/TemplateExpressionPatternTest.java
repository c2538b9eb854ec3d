package io.iotnetwork.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import io.iotnetwork.generator.EveryString;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written template expression pattern agrees with networknt's regex for it, string by string. */
class TemplateExpressionPatternTest {
  private static final RegularExpression NETWORKNT =
      JDKRegularExpressionFactory.getInstance().getRegularExpression(TemplateExpressionPattern.REGEX);
  /** The characters the pattern names, a plain one, and every line terminator {@code $} could stop before. */
  private static final char[] ALPHABET = {'[', ']', 'a', ' ', '\n', '\r', '\u0085', '\u2028'};

  @Test
  void agreesOnEveryStringOfUpToSixCharactersOverTheCharactersThatMatter() {
    List<String> disagreements = new ArrayList<>();
    int[] tried = {0};
    EveryString.upTo(6, ALPHABET).forEach(value -> {
      tried[0]++;
      if (TemplateExpressionPattern.matches(value) != NETWORKNT.matches(value)) {
        disagreements.add(value.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
      }
    });

    assertThat(tried[0]).isEqualTo(299_593);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void agreesOnTemplateStrings() {
    Stream.of("[parameters('hubName')]", "[[escaped]", "[]", "[", "]", "", "plain", "[concat('a', ']')]\n",
        "[resourceId('Microsoft.Devices/IotHubs', parameters('hub'))]", " [x]", "[x] ", "[x]\r\n", "[\n]")
        .forEach(value -> assertThat(TemplateExpressionPattern.matches(value)).as(value)
            .isEqualTo(NETWORKNT.matches(value)));
    assertThat(TemplateExpressionPattern.matches("[parameters('hubName')]")).isTrue();
    assertThat(TemplateExpressionPattern.matches("[[escaped]")).isFalse();
  }
}
