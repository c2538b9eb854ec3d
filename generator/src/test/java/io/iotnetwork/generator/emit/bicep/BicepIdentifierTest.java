package io.iotnetwork.generator.emit.bicep;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.EveryString;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written identifier check agrees with Bicep's identifier grammar written as a regex. */
class BicepIdentifierTest {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Each class of the grammar's edges, and characters just outside them. */
  private static final char[] ALPHABET = {'a', 'z', 'A', 'Z', '_', '0', '9', '-', '.', ' ', '@', '[', '`', '{', 'é'};

  @Test
  void agreesWithTheGrammarOnEveryStringOfUpToFourCharacters() {
    List<String> strings = EveryString.upTo(4, ALPHABET);

    assertThat(strings).hasSize(54_241);
    assertThat(strings).allSatisfy(text -> assertThat(BicepValues.isIdentifier(text)).as("'%s'", text)
        .isEqualTo(IDENTIFIER.matcher(text).matches()));
  }
}
