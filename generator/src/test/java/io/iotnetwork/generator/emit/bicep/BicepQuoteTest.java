package io.iotnetwork.generator.emit.bicep;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.EveryString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BicepValues#quote} on every string of up to four characters over the characters it escapes and
 * their neighbours: read back by Bicep's string escapes it is the text again, it holds no raw control
 * character, line or paragraph separator, and no unescaped <code>$&#123;</code>; text without those is
 * quoted as it is.
 */
class BicepQuoteTest {
  private static final char[] ALPHABET = {'a', 'é', '\\', '\'', '\n', '\r', '\t', '$', '{', '}', '\u0000', '\u001f',
      '\u007f', '\u0085', '\u009f', '\u00a0', '\u2028', '\u2029'};

  @Test
  void everyStringReadsBackAsItselfFromOneLineOfPrintableText() {
    List<String> strings = EveryString.upTo(4, ALPHABET);

    assertThat(strings).hasSize(111_151);
    for (String text : strings) {
      String quoted = BicepValues.quote(text);
      assertThat(quoted).as("quote of %s", visible(text)).startsWith("'").endsWith("'");
      assertThat(readBack(quoted.substring(1, quoted.length() - 1))).as("%s read back", visible(quoted)).isEqualTo(text);
      assertThat(quoted.chars().filter(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
          .as("raw characters in %s", visible(quoted)).isEmpty();
    }
    assertThat(BicepValues.quote("plain text: {x} é, 100%")).isEqualTo("'plain text: {x} é, 100%'");
  }

  /** Bicep's escapes undone; fails on an escape Bicep does not have, a raw quote or an unescaped <code>$&#123;</code>. */
  private static String readBack(String body) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\'' || c == '$' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
        throw new AssertionError("unescaped " + c + " at " + i + " in " + visible(body));
      }
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escaped = body.charAt(++i);
      switch (escaped) {
        case '\\', '\'', '$' -> text.append(escaped);
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          int close = body.indexOf('}', i);
          assertThat(body.charAt(i + 1)).isEqualTo('{');
          text.append((char) Integer.parseInt(body.substring(i + 2, close), 16));
          i = close;
        }
        default -> throw new AssertionError("unknown escape \\" + escaped + " in " + visible(body));
      }
    }
    return text.toString();
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("<%04X>", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
