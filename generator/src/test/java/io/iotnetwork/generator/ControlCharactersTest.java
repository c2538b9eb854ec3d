package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A tag value (the DSL lets any text through there) holding every control character, NUL, BEL and
 * ESC among them, and the line and paragraph separators: the Bicep passes the Bicep grammar, the ARM
 * JSON Microsoft's schemas, and the ARM JSON reads back as the very value.
 */
class ControlCharactersTest {
  private static final Path OUT = Path.of("target", "control-characters");
  private static final String VALUE = IntStream.concat(IntStream.rangeClosed(0, 0x1f),
          IntStream.of(0x7f, 0x85, 0x2028, 0x2029))
      .mapToObj(c -> "c" + Integer.toHexString(c) + (char) c).collect(Collectors.joining());

  @Test
  void everyControlCharacterOfATagValueIsWrittenAsAnEscapeTheCheckersAccept() throws Exception {
    GeneratedFiles files = Generator.generate(Fixtures.networkWith(Fixtures.privateHub("hub-test").build())
        .withTag("note", VALUE).build()).files().orElseThrow();
    JsonNode template = new ObjectMapper().readTree(files.text(GeneratedFiles.ARM_TEMPLATE));
    assertThat(template.at("/resources").findValues("note")).isNotEmpty()
        .allSatisfy(note -> assertThat(note.asText()).isEqualTo(VALUE));
    assertThat(files.text(GeneratedFiles.BICEP).chars()
        .filter(c -> (Character.isISOControl(c) && c != '\n') || c == 0x2028 || c == 0x2029))
        .as("raw control characters or separators in %s", GeneratedFiles.BICEP).isEmpty();

    Path shared = SharedCheckers.assumeSharedDir("ControlCharactersTest");
    OutputFolder.deleteRecursively(OUT);
    OutputFolder.replace(OUT, files);
    SharedCheckers.Run bicep = SharedCheckers.bicepSyntax(shared, OUT);
    SharedCheckers.Run arm = SharedCheckers.armValidate(shared, List.of(OUT.resolve(GeneratedFiles.ARM_TEMPLATE)));

    assertThat(bicep.passed()).as(bicep.output()).isTrue();
    assertThat(arm.passed()).as(arm.output()).isTrue();
  }
}
